import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"

import { getConfig } from "@/lib/config"
import { metadataOf } from "@/lib/cms/metadata"
import { optional } from "@/lib/data/cms/client"
import { getGlobal } from "@/lib/data/cms/globals"
import { getPage } from "@/lib/data/cms/pages"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import RenderBlocks, { startsWithHero } from "@/modules/cms/render-blocks"

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const [page, settings] = await Promise.all([
    optional(`page "${slug}" (${locale})`, () => getPage(slug, locale)),
    getGlobal("site-settings", locale),
  ])
  return page ? metadataOf({ meta: page.meta, title: page.title, settings, cmsUrl: getConfig().cmsPublicUrl }) : {}
}

/** A CMS page. A missing page is a 404; an unreachable CMS is an error (not a 404 search engines would keep). */
export default async function CmsPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  if (slug === "home") redirect(`/${locale}`)
  const page = await getPage(slug, locale)
  if (!page) notFound()
  const layout = page.layout ?? []
  return (
    <article className="cms-page">
      {!startsWithHero(layout) && <h1 className="cms-page__title">{page.title}</h1>}
      <RenderBlocks
        layout={layout}
        context={{ locale, t: getDictionary(locale), cmsUrl: getConfig().cmsPublicUrl, pageId: page.id }}
      />
    </article>
  )
}
