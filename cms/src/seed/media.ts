import type { Payload } from 'payload'

import { render, type Scene } from './images'
import { locales, type Localized } from './locales'
import { context } from './upsert'

type Image = Scene & { alt: Localized<string> }

const hero = { width: 1600, height: 700 }
const cover = { width: 1600, height: 900 }
const avatar = { width: 256, height: 256, portrait: true }

// File names are the lookup keys: none may contain another (see ensureImage).
const images = {
  'home-hero': {
    ...hero,
    colors: ['#f6d365', '#fda085', '#e07a5f'],
    alt: {
      en: 'Warm abstract landscape at sunset',
      de: 'Warme abstrakte Landschaft im Abendlicht',
      el: 'Ζεστό αφηρημένο τοπίο στο ηλιοβασίλεμα',
    },
  },
  'about-hero': {
    ...hero,
    colors: ['#d8e2c5', '#8aa37b', '#4f6d43'],
    alt: {
      en: 'Olive-green hills under a pale sky',
      de: 'Olivgrüne Hügel unter hellem Himmel',
      el: 'Λόφοι σε λαδί απόχρωση κάτω από ανοιχτό ουρανό',
    },
  },
  'about-workshop': {
    width: 1200,
    height: 900,
    colors: ['#f3e3d3', '#c98f6b', '#8c4f32'],
    alt: {
      en: 'Terracotta and clay tones of a pottery workshop',
      de: 'Terrakotta- und Tonfarben einer Töpferwerkstatt',
      el: 'Αποχρώσεις τερακότας και πηλού από ένα κεραμικό εργαστήρι',
    },
  },
  'cover-welcome': {
    ...cover,
    colors: ['#a1c4fd', '#c2e9fb', '#3d5a80'],
    alt: {
      en: 'Blue Aegean morning over the sea',
      de: 'Blauer Morgen über der Ägäis',
      el: 'Γαλάζιο πρωινό πάνω από το Αιγαίο',
    },
  },
  'cover-mountain-tea': {
    ...cover,
    colors: ['#e3f1d4', '#9cc58b', '#55804a'],
    alt: {
      en: 'Soft green tones of dried mountain tea',
      de: 'Sanfte Grüntöne von getrocknetem Bergtee',
      el: 'Απαλές πράσινες αποχρώσεις από αποξηραμένο τσάι του βουνού',
    },
  },
  'cover-wood-care': {
    ...cover,
    colors: ['#f1e0c5', '#b98b5e', '#6f4a2b'],
    alt: {
      en: 'Warm brown grain of olive wood',
      de: 'Warme braune Maserung von Olivenholz',
      el: 'Ζεστά καφέ νερά ξύλου ελιάς',
    },
  },
  'avatar-eleni': {
    ...avatar,
    colors: ['#ffe0b2', '#ffab91', '#8d4a3a'],
    alt: { en: 'Portrait of Eleni', de: 'Porträt von Eleni', el: 'Πορτρέτο της Ελένης' },
  },
  'avatar-jonas': {
    ...avatar,
    colors: ['#c5e1f5', '#90b4d6', '#34506b'],
    alt: { en: 'Portrait of Jonas', de: 'Porträt von Jonas', el: 'Πορτρέτο του Jonas' },
  },
  'avatar-katrin': {
    ...avatar,
    colors: ['#e1d5f5', '#b39ddb', '#4a3a6b'],
    alt: { en: 'Portrait of Katrin', de: 'Porträt von Katrin', el: 'Πορτρέτο της Katrin' },
  },
} satisfies Record<string, Image>

export type MediaKey = keyof typeof images
export type SeedMedia = Record<MediaKey, number>

/**
 * Uploads the image once and keeps its alt texts current. Found by name with `like`, because Payload
 * renames an upload whose file already exists on disk (`home-hero-1.jpg` after a database reset).
 */
async function ensureImage(payload: Payload, name: MediaKey, image: Image): Promise<number> {
  const { docs } = await payload.find({
    collection: 'media',
    where: { filename: { like: name } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    context,
  })
  let id = docs[0]?.id
  if (id === undefined) {
    const data = await render(image)
    const doc = await payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: image.alt.en },
      file: { data, mimetype: 'image/jpeg', name: `${name}.jpg`, size: data.length },
      context,
    })
    id = doc.id
    console.log(`seed: uploaded ${doc.filename}`)
  }
  for (const locale of locales) {
    await payload.update({ collection: 'media', id, locale, data: { alt: image.alt[locale] }, context })
  }
  return id
}

export async function seedMedia(payload: Payload): Promise<SeedMedia> {
  const ids = {} as SeedMedia
  for (const [name, image] of Object.entries(images) as [MediaKey, Image][]) {
    ids[name] = await ensureImage(payload, name, image)
  }
  return ids
}
