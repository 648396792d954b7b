import type { CookieConsent } from '../../../payload-types'
import type { Locale, Localized } from '../../locales'

type Category = { label: string; description: string }

const keys = ['necessary', 'analytics', 'marketing'] as const

const t: Localized<{
  title: string
  text: string
  acceptAllLabel: string
  rejectAllLabel: string
  saveLabel: string
  categories: Category[]
}> = {
  en: {
    title: 'Cookies on Agora',
    text: 'We use necessary cookies so that the shop works. With your consent we also use cookies for statistics and marketing. You can change your choice at any time; our cookie policy has the details.',
    acceptAllLabel: 'Accept all',
    rejectAllLabel: 'Necessary only',
    saveLabel: 'Save choice',
    categories: [
      {
        label: 'Necessary',
        description: 'Keep your cart, your sign-in and your language, and remember this choice. The shop does not work without them.',
      },
      {
        label: 'Analytics',
        description: 'Help us understand which pages are visited and how the shop is used, so that we can improve it.',
      },
      {
        label: 'Marketing',
        description: 'Allow us and our partners to show you relevant offers on other websites and to measure our campaigns.',
      },
    ],
  },
  de: {
    title: 'Cookies auf Agora',
    text: 'Wir verwenden notwendige Cookies, damit der Shop funktioniert. Mit deiner Einwilligung nutzen wir außerdem Cookies für Statistik und Marketing. Du kannst deine Auswahl jederzeit ändern; Einzelheiten stehen in unserer Cookie-Richtlinie.',
    acceptAllLabel: 'Alle akzeptieren',
    rejectAllLabel: 'Nur notwendige',
    saveLabel: 'Auswahl speichern',
    categories: [
      {
        label: 'Notwendig',
        description: 'Speichern deinen Warenkorb, deine Anmeldung und deine Sprache und merken sich diese Auswahl. Ohne sie funktioniert der Shop nicht.',
      },
      {
        label: 'Statistik',
        description: 'Helfen uns zu verstehen, welche Seiten aufgerufen werden und wie der Shop genutzt wird, damit wir ihn verbessern können.',
      },
      {
        label: 'Marketing',
        description: 'Erlauben uns und unseren Partnern, dir auf anderen Websites passende Angebote zu zeigen und unsere Kampagnen zu messen.',
      },
    ],
  },
  el: {
    title: 'Cookies στην Agora',
    text: 'Χρησιμοποιούμε απαραίτητα cookies για να λειτουργεί το κατάστημα. Με τη συγκατάθεσή σου χρησιμοποιούμε επίσης cookies για στατιστικά και μάρκετινγκ. Μπορείς να αλλάξεις την επιλογή σου ανά πάσα στιγμή· λεπτομέρειες θα βρεις στην πολιτική cookies.',
    acceptAllLabel: 'Αποδοχή όλων',
    rejectAllLabel: 'Μόνο τα απαραίτητα',
    saveLabel: 'Αποθήκευση επιλογής',
    categories: [
      {
        label: 'Απαραίτητα',
        description: 'Κρατούν το καλάθι σου, τη σύνδεσή σου και τη γλώσσα σου και θυμούνται αυτή την επιλογή. Χωρίς αυτά το κατάστημα δεν λειτουργεί.',
      },
      {
        label: 'Στατιστικά',
        description: 'Μας βοηθούν να καταλάβουμε ποιες σελίδες επισκέπτονται και πώς χρησιμοποιείται το κατάστημα, ώστε να το βελτιώνουμε.',
      },
      {
        label: 'Μάρκετινγκ',
        description: 'Επιτρέπουν σε εμάς και στους συνεργάτες μας να σου δείχνουμε σχετικές προσφορές σε άλλους ιστότοπους και να μετράμε τις καμπάνιες μας.',
      },
    ],
  },
}

export const cookieConsent = (locale: Locale): Omit<CookieConsent, 'id'> => {
  const { categories, ...texts } = t[locale]
  return {
    ...texts,
    categories: keys.map((key, i) => ({ key, required: key === 'necessary', ...categories[i] })),
  }
}
