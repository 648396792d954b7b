import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { alternatesOf } from "@/lib/catalog/urls"
import { getConfig } from "@/lib/config"
import { getHashtagPage, getViewer } from "@/lib/data/feed"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { hashtagOf } from "@/lib/social/segments"
import PostCard from "@/modules/social/components/post-card"
import PostFeed from "@/modules/social/components/post-feed"

type Props = { params: Promise<{ locale: string; tag: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag: segment } = await params
  const tag = hashtagOf(segment)
  if (!isLocale(locale) || !tag) return {}
  return {
    title: `#${tag}`,
    description: fill(getDictionary(locale).social.tag.description, { tag }),
    alternates: alternatesOf(getConfig().storefrontUrl, locale, `/tags/${encodeURIComponent(tag)}`),
  }
}

/** A hashtag's posts, newest first, as cards in the feed's growing list. */
export default async function HashtagPage({ params }: Props) {
  const { locale, tag: segment } = await params
  const tag = hashtagOf(segment)
  if (!isLocale(locale) || !tag) notFound()
  const [page, { signedIn, me }] = await Promise.all([getHashtagPage(tag), getViewer()])
  const t = getDictionary(locale)
  const card = { locale, t: t.post, viewerHandle: me?.handle ?? null, signedIn }
  return (
    <div className="feed feed--single">
      <div className="feed__main">
        <h1 className="feed__title">#{tag}</h1>
        {page.posts.length === 0 ? (
          <p className="feed__notice">{fill(t.social.tag.empty, { tag })}</p>
        ) : (
          <PostFeed
            key={tag}
            source={{ kind: "hashtag", tag }}
            initialIds={page.posts.map((post) => post.id)}
            nextCursor={page.nextCursor}
            card={card}
            t={t.social.list}
          >
            {page.posts.map((post, index) => (
              <PostCard key={post.id} post={post} {...card} priority={index === 0} />
            ))}
          </PostFeed>
        )}
      </div>
    </div>
  )
}
