import type { Footer } from '../../../payload-types'
import type { Locale, Localized } from '../../locales'

const t: Localized<{
  shop: string
  products: string
  cart: string
  blog: string
  company: string
  about: string
  contact: string
  sell: string
  imprint: string
  privacy: string
  terms: string
  cookies: string
  copyright: string
}> = {
  en: {
    shop: 'Shop',
    products: 'All products',
    cart: 'Your cart',
    blog: 'Stories and guides',
    company: 'Agora',
    about: 'About us',
    contact: 'Contact',
    sell: 'Become a seller',
    imprint: 'Imprint',
    privacy: 'Privacy',
    terms: 'Terms',
    cookies: 'Cookies',
    copyright: '© Agora Marketplace GmbH. Made in Berlin and Chania.',
  },
  de: {
    shop: 'Shop',
    products: 'Alle Produkte',
    cart: 'Dein Warenkorb',
    blog: 'Geschichten und Ratgeber',
    company: 'Agora',
    about: 'Über uns',
    contact: 'Kontakt',
    sell: 'Händler werden',
    imprint: 'Impressum',
    privacy: 'Datenschutz',
    terms: 'AGB',
    cookies: 'Cookies',
    copyright: '© Agora Marketplace GmbH. Gemacht in Berlin und Chania.',
  },
  el: {
    shop: 'Κατάστημα',
    products: 'Όλα τα προϊόντα',
    cart: 'Το καλάθι σου',
    blog: 'Ιστορίες και οδηγοί',
    company: 'Agora',
    about: 'Σχετικά με εμάς',
    contact: 'Επικοινωνία',
    sell: 'Γίνε πωλητής',
    imprint: 'Νομικές πληροφορίες',
    privacy: 'Απόρρητο',
    terms: 'Όροι χρήσης',
    cookies: 'Cookies',
    copyright: '© Agora Marketplace GmbH. Φτιαγμένο στο Βερολίνο και στα Χανιά.',
  },
}

export const footer = (locale: Locale): Omit<Footer, 'id'> => {
  const l = t[locale]
  return {
    columns: [
      {
        heading: l.shop,
        links: [
          { link: { label: l.products, href: '/products' } },
          { link: { label: l.cart, href: '/cart' } },
          { link: { label: l.blog, href: '/blog' } },
        ],
      },
      {
        heading: l.company,
        links: [
          { link: { label: l.about, href: '/about' } },
          { link: { label: l.contact, href: '/contact' } },
          { link: { label: l.sell, href: '/contact' } },
        ],
      },
    ],
    legalLinks: [
      { link: { label: l.imprint, href: '/imprint' } },
      { link: { label: l.privacy, href: '/privacy' } },
      { link: { label: l.terms, href: '/terms' } },
      { link: { label: l.cookies, href: '/cookies' } },
    ],
    socialLinks: [
      { platform: 'instagram', url: 'https://www.instagram.com/agora.marketplace' },
      { platform: 'facebook', url: 'https://www.facebook.com/agora.marketplace' },
      { platform: 'pinterest', url: 'https://www.pinterest.com/agoramarketplace' },
    ],
    copyright: l.copyright,
  }
}
