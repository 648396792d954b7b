import { bold, p, type RichText } from '../../lexical'
import type { Localized } from '../../locales'
import { templateNotice, type PageSeed } from './types'

type Legal = { title: string; description: string; body: RichText }

/** A legal page: one rich text block that opens with the template notice. */
export function legalPage(slug: string, texts: Localized<Legal>): PageSeed {
  return {
    slug,
    build: (locale) => {
      const { title, description, body } = texts[locale]
      const content: RichText = {
        root: { ...body.root, children: [p(bold(templateNotice[locale])), ...body.root.children] },
      }
      return {
        title,
        layout: [{ blockType: 'richText', content }],
        meta: { title, description },
      }
    },
  }
}
