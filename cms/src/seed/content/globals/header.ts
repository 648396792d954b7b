import type { Header } from '../../../payload-types'
import type { Locale } from '../../locales'

const labels = {
  en: { shop: 'Shop', blog: 'Blog', about: 'About', contact: 'Contact' },
  de: { shop: 'Shop', blog: 'Blog', about: 'Über uns', contact: 'Kontakt' },
  el: { shop: 'Κατάστημα', blog: 'Blog', about: 'Σχετικά', contact: 'Επικοινωνία' },
}

export const header = (locale: Locale): Omit<Header, 'id'> => {
  const l = labels[locale]
  return {
    navItems: [
      { link: { label: l.shop, href: '/products' } },
      { link: { label: l.blog, href: '/blog' } },
      { link: { label: l.about, href: '/about' } },
      { link: { label: l.contact, href: '/contact' } },
    ],
  }
}
