import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { getEditablePost, trendingHashtags } from "@/lib/data/compose"
import { requireCustomer } from "@/lib/data/customer-reads"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import EditForm, { type EditImage } from "@/modules/compose/components/edit-form"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return {
    ...(isLocale(locale) ? { title: getDictionary(locale).compose.editTitle } : {}),
    robots: { index: false, follow: false },
  }
}

/** Editing one's own post; to anyone else it does not exist (a guest is sent to sign in first). */
export default async function EditPostPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  await requireCustomer(locale)
  const [post, hashtags] = await Promise.all([getEditablePost(id), trendingHashtags()])
  if (!post) notFound()
  const t = getDictionary(locale).compose
  const products = new Map(post.products.map((product) => [product.id, product]))
  const images: EditImage[] = post.images.map((image) => ({
    key: image.id,
    url: image.url,
    tags: image.tags.map((tag) => {
      const product = products.get(tag.product_id)
      return {
        product: { id: tag.product_id, title: product?.title ?? null, thumbnail: product?.thumbnail ?? null },
        x: tag.x,
        y: tag.y,
      }
    }),
  }))
  return (
    <>
      <h1>{t.editTitle}</h1>
      <EditForm locale={locale} postId={post.id} caption={post.caption} images={images} hashtags={hashtags} t={t} />
    </>
  )
}
