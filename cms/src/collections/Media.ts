import path from 'path'
import type { CollectionConfig, ImageUploadFormatOptions } from 'payload'
import { fileURLToPath } from 'url'

import { anyone } from '../access/anyone'
import { authenticated } from '../access/authenticated'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const webp: ImageUploadFormatOptions = { format: 'webp' }

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: authenticated,
    read: anyone,
    update: authenticated,
    delete: authenticated,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
    },
    {
      name: 'caption',
      type: 'text',
      localized: true,
    },
  ],
  upload: {
    // cms/media, kept out of git.
    staticDir: path.resolve(dirname, '../../media'),
    // Raster images only: an SVG could carry a script and is served from the admin's origin.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    // Widths only, so each keeps the original's aspect ratio. An image narrower than a size gets no
    // file for it (its `url` is null); the storefront then uses the original.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
    ],
  },
}
