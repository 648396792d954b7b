import type { SiteSetting } from '../../../payload-types'
import type { Locale, Localized } from '../../locales'
import type { SeedMedia } from '../../media'

const t: Localized<{ tagline: string; title: string; description: string }> = {
  en: {
    tagline: 'Independent makers, one checkout',
    title: 'Agora: independent makers, one checkout',
    description: 'A marketplace for independent sellers from across Europe: food, coffee and tea, home goods and fashion, paid for in one checkout.',
  },
  de: {
    tagline: 'Unabhängige Hersteller, ein Checkout',
    title: 'Agora: unabhängige Hersteller, ein Checkout',
    description: 'Ein Marktplatz für unabhängige Händler aus ganz Europa: Feinkost, Kaffee und Tee, Wohnen und Mode, bezahlt in einem Checkout.',
  },
  el: {
    tagline: 'Ανεξάρτητοι δημιουργοί, ένα checkout',
    title: 'Agora: ανεξάρτητοι δημιουργοί, ένα checkout',
    description: 'Μια αγορά για ανεξάρτητους πωλητές από όλη την Ευρώπη: τρόφιμα, καφές και τσάι, είδη σπιτιού και ρούχα, με πληρωμή σε ένα checkout.',
  },
}

export const siteSettings = (locale: Locale, media: SeedMedia): Omit<SiteSetting, 'id'> => {
  const { tagline, title, description } = t[locale]
  return {
    siteName: 'Agora',
    tagline,
    defaultMeta: { title, description, image: media['home-hero'] },
    blogPageSize: 9,
  }
}
