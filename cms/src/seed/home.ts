import type { Config } from '../payload-types'

type Locale = Config['locale']

type HomeContent = {
  title: string
  heading: string
  subheading: string
  ctaLabel: string
}

// The storefront's end-to-end test looks for the English heading.
export const home: Record<Locale, HomeContent> = {
  en: {
    title: 'Home',
    heading: 'Discover makers you love',
    subheading: 'Buy from independent sellers across Europe in one checkout.',
    ctaLabel: 'Shop now',
  },
  de: {
    title: 'Startseite',
    heading: 'Entdecke Hersteller, die du liebst',
    subheading: 'Kaufe bei unabhängigen Händlern aus ganz Europa in einem Checkout.',
    ctaLabel: 'Jetzt einkaufen',
  },
  el: {
    title: 'Αρχική',
    heading: 'Ανακάλυψε δημιουργούς που αγαπάς',
    subheading: 'Αγόρασε από ανεξάρτητους πωλητές σε όλη την Ευρώπη με ένα checkout.',
    ctaLabel: 'Αγόρασε τώρα',
  },
}

export const homeSlug = 'home'
export const homeCtaHref = '/products'
