import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { Suspense } from "react"

import { alternatesOf } from "@/lib/catalog/urls"
import { getConfig } from "@/lib/config"
import { getFeedPage, getViewer, type Page } from "@/lib/data/feed"
import type { Profile, SocialPost } from "@/lib/data/social"
import { getDictionary, type Dictionary } from "@/lib/i18n/dictionaries"
import { isLocale, type Locale } from "@/lib/i18n/locales"
import { needsCustomer, parseTab, type FeedTab } from "@/lib/social/tabs"
import FeedTabs from "@/modules/social/components/feed-tabs"
import PostCard from "@/modules/social/components/post-card"
import PostFeed from "@/modules/social/components/post-feed"
import SuggestedProfiles from "@/modules/social/components/suggested-profiles"
import TrendingHashtags from "@/modules/social/components/trending-hashtags"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getDictionary(locale).social.feed
  // One canonical feed: the tabs are views of it (and the personal ones are empty to crawlers).
  return {
    title: t.title,
    description: t.description,
    alternates: alternatesOf(getConfig().storefrontUrl, locale, "/feed"),
  }
}

/** The first page of the tab, or null when it cannot be read (logged; the page says so and keeps the rest). */
async function firstPage(tab: FeedTab): Promise<Page<SocialPost> | null> {
  try {
    return await getFeedPage(tab)
  } catch (error) {
    console.error(`Feed ${tab} unavailable: ${(error as Error).message}`)
    return null
  }
}

type ContentProps = { tab: FeedTab; locale: Locale; signedIn: boolean; me: Profile | null; t: Dictionary }

/** The tab's posts, or what stands in for them: a sign-in prompt, an empty state, or an error. */
async function FeedContent({ tab, locale, signedIn, me, t }: ContentProps) {
  const s = t.social
  if (needsCustomer(tab) && !signedIn) {
    return (
      <div className="feed__notice">
        <p>{tab === "following" ? s.feed.guestFollowing : s.feed.guestForYou}</p>
        <Link href={`/${locale}/account`} className="button button--primary">
          {s.feed.signIn}
        </Link>
      </div>
    )
  }
  const page = await firstPage(tab)
  if (!page) return <p className="feed__notice">{s.feed.unavailable}</p>
  if (page.posts.length === 0 && tab === "following") {
    return (
      <>
        <div className="feed__notice">
          <p className="feed__notice-title">{s.feed.emptyFollowing}</p>
          <p>{s.feed.emptyFollowingHint}</p>
        </div>
        <SuggestedProfiles me={me} locale={locale} t={s} />
      </>
    )
  }
  if (page.posts.length === 0) {
    return <p className="feed__notice">{tab === "explore" ? s.feed.emptyExplore : s.feed.emptyForYou}</p>
  }
  const card = { locale, t: t.post, viewerHandle: me?.handle ?? null, signedIn }
  return (
    <PostFeed
      key={tab}
      source={{ kind: "feed", tab }}
      initialIds={page.posts.map((post) => post.id)}
      nextCursor={page.nextCursor}
      card={card}
      t={s.list}
    >
      {page.posts.map((post, index) => (
        <PostCard key={post.id} post={post} {...card} priority={index === 0} />
      ))}
    </PostFeed>
  )
}

export default async function FeedPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [{ signedIn, me }, query] = await Promise.all([getViewer(), searchParams])
  const tab = parseTab(query.tab, signedIn)
  const t = getDictionary(locale)
  const s = t.social
  return (
    <div className="feed">
      <div className="feed__main">
        <div className="feed__header">
          <h1>{s.feed.title}</h1>
          {signedIn && (
            <Link href={`/${locale}/compose`} className="button button--primary">
              {s.feed.newPost}
            </Link>
          )}
        </div>
        <FeedTabs current={tab} locale={locale} t={s.feed} />
        <FeedContent tab={tab} locale={locale} signedIn={signedIn} me={me} t={t} />
      </div>
      {/* Beside the posts, streamed after them: it never holds up the first page. */}
      <Suspense fallback={null}>
        <TrendingHashtags locale={locale} t={s.trending} />
      </Suspense>
    </div>
  )
}
