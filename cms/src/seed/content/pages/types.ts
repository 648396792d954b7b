import type { RequiredDataFromCollectionSlug } from 'payload'

import type { Locale, Localized } from '../../locales'
import type { SeedMedia } from '../../media'

export type PageData = Omit<RequiredDataFromCollectionSlug<'pages'>, 'slug'>

/** A page's content in one locale; every locale must build the same rows in the same order. */
export type PageSeed = {
  slug: string
  build: (locale: Locale, media: SeedMedia) => PageData
}

// Shown on the legal pages until someone who knows the business and the law has rewritten them.
export const templateNotice: Localized<string> = {
  en: 'This text is a template for the Agora demo store and is not legal advice. Have it reviewed and adapted by a lawyer before you use it for a real shop.',
  de: 'Dieser Text ist eine Vorlage für den Agora-Demoshop und keine Rechtsberatung. Lassen Sie ihn vor dem Einsatz in einem echten Shop von einer Anwältin oder einem Anwalt prüfen und anpassen.',
  el: 'Το κείμενο αυτό είναι υπόδειγμα για το demo κατάστημα της Agora και δεν αποτελεί νομική συμβουλή. Πριν το χρησιμοποιήσετε σε πραγματικό κατάστημα, αναθέστε τον έλεγχο και την προσαρμογή του σε δικηγόρο.',
}
