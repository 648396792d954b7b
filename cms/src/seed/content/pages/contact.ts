import { h2, h3, p, richText, type RichText } from '../../lexical'
import type { Localized } from '../../locales'
import type { PageSeed } from './types'

const t: Localized<{
  title: string
  intro: RichText
  formHeading: string
  formIntro: string
  submitLabel: string
  successMessage: string
  metaDescription: string
}> = {
  en: {
    title: 'Contact',
    intro: richText([
      h2('We are here to help'),
      p(
        'Questions about an order, a product or selling on Agora? Write to us with the form below and we will answer within one working day, in English, German or Greek.',
      ),
      h3('Orders and returns'),
      p(
        'Please include your order number. For questions about a product itself, you can also ask the seller directly on their profile.',
      ),
      h3('Selling on Agora'),
      p(
        'Tell us what you make, where you are based and, if you have one, a link to your current shop or social profile. We will get back to you with the next steps.',
      ),
      h3('Address'),
      p('Agora Marketplace GmbH, Musterstraße 1, 10115 Berlin, Germany'),
      p('Email: hello@agora.local · Phone: +49 30 23125 400 (Monday to Friday, 9:00 to 17:00)'),
    ]),
    formHeading: 'Send us a message',
    formIntro: 'We read every message and reply by email. We use your details only to answer you, as described in our privacy policy.',
    submitLabel: 'Send message',
    successMessage: 'Thank you! Your message has arrived and we will reply within one working day.',
    metaDescription: 'Questions about an order or about selling on Agora? Write to us: we answer within one working day in English, German or Greek.',
  },
  de: {
    title: 'Kontakt',
    intro: richText([
      h2('Wir helfen dir gern'),
      p(
        'Fragen zu einer Bestellung, einem Produkt oder zum Verkaufen auf Agora? Schreib uns über das Formular unten. Wir antworten innerhalb eines Werktags auf Deutsch, Englisch oder Griechisch.',
      ),
      h3('Bestellungen und Rücksendungen'),
      p(
        'Gib bitte deine Bestellnummer an. Fragen zu einem Produkt selbst kannst du auch direkt über das Profil des Händlers stellen.',
      ),
      h3('Verkaufen auf Agora'),
      p(
        'Erzähl uns, was du herstellst, wo du ansässig bist und, falls vorhanden, wo wir deinen bisherigen Shop oder dein Social-Media-Profil finden. Wir melden uns mit den nächsten Schritten.',
      ),
      h3('Anschrift'),
      p('Agora Marketplace GmbH, Musterstraße 1, 10115 Berlin, Deutschland'),
      p('E-Mail: hello@agora.local · Telefon: +49 30 23125 400 (Montag bis Freitag, 9 bis 17 Uhr)'),
    ]),
    formHeading: 'Schreib uns eine Nachricht',
    formIntro: 'Wir lesen jede Nachricht und antworten per E-Mail. Deine Angaben nutzen wir nur für die Antwort, wie in unserer Datenschutzerklärung beschrieben.',
    submitLabel: 'Nachricht senden',
    successMessage: 'Danke! Deine Nachricht ist angekommen, wir antworten innerhalb eines Werktags.',
    metaDescription: 'Fragen zu einer Bestellung oder zum Verkaufen auf Agora? Schreib uns: Wir antworten innerhalb eines Werktags auf Deutsch, Englisch oder Griechisch.',
  },
  el: {
    title: 'Επικοινωνία',
    intro: richText([
      h2('Είμαστε εδώ για να βοηθήσουμε'),
      p(
        'Έχεις ερωτήσεις για μια παραγγελία, ένα προϊόν ή για το πώς να πουλήσεις στην Agora; Γράψε μας μέσω της φόρμας παρακάτω και θα σου απαντήσουμε μέσα σε μία εργάσιμη ημέρα, στα ελληνικά, στα γερμανικά ή στα αγγλικά.',
      ),
      h3('Παραγγελίες και επιστροφές'),
      p(
        'Ανέφερε τον αριθμό της παραγγελίας σου. Για ερωτήσεις σχετικά με ένα προϊόν μπορείς επίσης να ρωτήσεις απευθείας τον πωλητή από το προφίλ του.',
      ),
      h3('Πωλήσεις στην Agora'),
      p(
        'Πες μας τι φτιάχνεις, πού βρίσκεσαι και, αν υπάρχει, πού θα βρούμε το σημερινό σου κατάστημα ή το προφίλ σου στα social media. Θα επικοινωνήσουμε μαζί σου για τα επόμενα βήματα.',
      ),
      h3('Διεύθυνση'),
      p('Agora Marketplace GmbH, Musterstraße 1, 10115 Βερολίνο, Γερμανία'),
      p('Email: hello@agora.local · Τηλέφωνο: +49 30 23125 400 (Δευτέρα έως Παρασκευή, 9:00 έως 17:00, ώρα Γερμανίας)'),
    ]),
    formHeading: 'Στείλε μας μήνυμα',
    formIntro: 'Διαβάζουμε κάθε μήνυμα και απαντάμε με email. Χρησιμοποιούμε τα στοιχεία σου μόνο για να σου απαντήσουμε, όπως περιγράφεται στην πολιτική απορρήτου μας.',
    submitLabel: 'Αποστολή μηνύματος',
    successMessage: 'Ευχαριστούμε! Λάβαμε το μήνυμά σου και θα απαντήσουμε μέσα σε μία εργάσιμη ημέρα.',
    metaDescription: 'Ερωτήσεις για μια παραγγελία ή για πωλήσεις στην Agora; Γράψε μας: απαντάμε μέσα σε μία εργάσιμη ημέρα στα ελληνικά, στα γερμανικά ή στα αγγλικά.',
  },
}

export const contactPage: PageSeed = {
  slug: 'contact',
  build: (locale) => {
    const l = t[locale]
    return {
      title: l.title,
      layout: [
        { blockType: 'richText', content: l.intro },
        {
          blockType: 'form',
          heading: l.formHeading,
          intro: l.formIntro,
          submitLabel: l.submitLabel,
          successMessage: l.successMessage,
        },
      ],
      meta: { title: l.title, description: l.metaDescription },
    }
  },
}
