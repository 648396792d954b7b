import type { Metadata, ResolvingMetadata } from "next"
import { notFound } from "next/navigation"

import { summary } from "@/lib/catalog/metadata"
import { alternatesOf } from "@/lib/catalog/urls"
import { getConfig } from "@/lib/config"
import { getGridPage, getProfile, getViewer, listSellerProducts, type GridPost, type Page } from "@/lib/data/feed"
import { statusOf } from "@/lib/data/customer-reads"
import { getSeller } from "@/lib/data/sellers"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import { isLocale } from "@/lib/i18n/locales"
import { profileHandleOf } from "@/lib/social/segments"
import SellerRatings from "@/modules/reviews/components/seller-ratings"
import GridTile from "@/modules/social/components/grid-tile"
import ProfileGrid from "@/modules/social/components/profile-grid"
import ProfileHeader from "@/modules/social/components/profile-header"
import SellerProducts from "@/modules/social/components/seller-products"

type Props = { params: Promise<{ locale: string; handle: string }> }

// The first row of the grid on a phone loads at once; the rest as it scrolls into view.
const EAGER = 3

export async function generateMetadata({ params }: Props, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, handle: segment } = await params
  const handle = profileHandleOf(segment)
  if (!isLocale(locale) || !handle) return {}
  const profile = await getProfile(handle)
  if (!profile) return {}
  const title = fill("{name} (@{handle})", { name: profile.display_name, handle: profile.handle })
  // Without a bio, a line naming the profile: search engines show it instead of a random text from the page.
  const description =
    summary(profile.bio) ||
    fill(getDictionary(locale).social.profile.description, { name: profile.display_name, handle: profile.handle })
  return {
    title,
    description,
    alternates: alternatesOf(getConfig().storefrontUrl, locale, `/u/${profile.handle}`),
    openGraph: {
      type: "profile",
      title,
      description,
      username: profile.handle,
      siteName: (await parent).openGraph?.siteName ?? undefined,
      images: profile.avatar_url ? [{ url: profile.avatar_url, alt: profile.display_name }] : undefined,
    },
  }
}

/** The grid's first page; none for a handle that is gone since the profile was read. */
async function firstGridPage(handle: string): Promise<Page<GridPost>> {
  try {
    return await getGridPage(handle)
  } catch (error) {
    if (statusOf(error) === 404) return { posts: [], nextCursor: null }
    throw error
  }
}

/** A customer's or a seller's profile: header with follow, posts grid, and for sellers products and ratings. */
export default async function ProfilePage({ params }: Props) {
  const { locale, handle: segment } = await params
  const handle = profileHandleOf(segment)
  if (!isLocale(locale) || !handle) notFound()
  const [profile, grid, { signedIn, me }] = await Promise.all([getProfile(handle), firstGridPage(handle), getViewer()])
  if (!profile) notFound()
  const seller = profile.kind === "seller"
  const [listing, shop] = seller
    ? await Promise.all([
        listSellerProducts(profile.handle).catch((error: Error) => {
          console.error(`Products of seller ${profile.handle} unavailable: ${error.message}`)
          return null
        }),
        // The same request as the listing's (Next dedupes it), also when the listing fails.
        getSeller(profile.handle).catch((error: Error) => {
          console.error(`Rating of seller ${profile.handle} unavailable: ${error.message}`)
          return null
        }),
      ])
    : [null, null]
  const t = getDictionary(locale)
  const p = t.social.profile
  const viewer = me?.handle === profile.handle ? "self" : signedIn ? "customer" : "guest"
  return (
    <div className="profile">
      <ProfileHeader profile={profile} locale={locale} viewer={viewer} t={t.social} />
      <section className="profile-section" aria-labelledby="posts-heading">
        <h2 id="posts-heading">{p.postsTitle}</h2>
        {grid.posts.length === 0 ? (
          <p className="profile-section__empty">{p.noPosts}</p>
        ) : (
          <ProfileGrid
            key={profile.handle}
            handle={profile.handle}
            initialIds={grid.posts.map((post) => post.id)}
            nextCursor={grid.nextCursor}
            locale={locale}
            t={{ list: t.social.list, postOn: p.postOn }}
          >
            {grid.posts.map((post, index) => (
              <GridTile key={post.id} post={post} locale={locale} postOn={p.postOn} eager={index < EAGER} />
            ))}
          </ProfileGrid>
        )}
      </section>
      {seller && (
        <>
          <SellerProducts listing={listing} locale={locale} t={t} />
          <SellerRatings rating={shop?.rating ?? null} locale={locale} t={{ profile: p, reviews: t.reviews }} />
        </>
      )}
    </div>
  )
}
