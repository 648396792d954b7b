import Link from "next/link"
import { preload } from "react-dom"

import type { SocialPost } from "@/lib/data/social"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import { compactCount } from "@/lib/post/count"
import { dotPlacement } from "@/lib/post/geometry"
import { CommentIcon, HeartIcon } from "@/modules/post/components/icons"
import LikeButton from "@/modules/post/components/like-button"
import PostCaption from "@/modules/post/components/post-caption"
import PostCarousel, { type Slide } from "@/modules/post/components/post-carousel"
import PostTime from "@/modules/post/components/post-time"
import ProductStrip from "@/modules/post/components/product-strip"
import ReportPost from "@/modules/post/components/report-post"
import ShareButton from "@/modules/post/components/share-button"

export type PostCardProps = {
  post: SocialPost
  locale: Locale
  t: Dictionary["post"]
  /** The reader's own profile handle; null for a guest or a customer without a profile. */
  viewerHandle: string | null
  /** Whether a customer is signed in (liking, commenting and reporting need one). */
  signedIn: boolean
  /** The first card on a page: its first image loads eagerly with high priority. */
  priority?: boolean
}

/** The images with the dots of the products tagged at a point; a product no longer sold gets none. */
function slidesOf(post: SocialPost, locale: Locale, t: Dictionary["post"]): Slide[] {
  const products = new Map(post.products.map((product) => [product.id, product]))
  const name = post.author.display_name
  return post.images.map((image, index) => ({
    id: image.id,
    url: image.url,
    alt: fill(t.images.alt, { n: index + 1, name }),
    dots: image.tags.flatMap((tag) => {
      const product = products.get(tag.product_id)
      if (tag.x === null || tag.y === null || !product?.handle || !product.title) return []
      if (product.availability === "unavailable") return []
      const href = `/${locale}/products/${product.handle}`
      return [{ id: tag.id, productId: product.id, title: product.title, href, ...dotPlacement(tag.x, tag.y) }]
    }),
  }))
}

/**
 * A post: author, images with their product tags, the tagged products to buy, likes, comments, sharing, reporting
 * and the caption. Renders on the server and in the browser alike (the feed adds pages there); its interactive parts
 * are client components calling server actions.
 */
export default function PostCard({ post, locale, t, viewerHandle, signedIn, priority = false }: PostCardProps) {
  const { author } = post
  const profile = `/${locale}/u/${author.handle}`
  const path = `/${locale}/p/${post.id}`
  const by = fill(t.by, { name: author.display_name })
  const published = post.status === "published"
  const count = (n: number) => compactCount(n, locale)
  // The first card's photo is the page's largest paint: fetched from the head, before styles and scripts.
  if (priority && post.images[0]) preload(post.images[0].url, { as: "image", fetchPriority: "high" })
  return (
    <article className="post" aria-label={by}>
      <header className="post__header">
        <Link href={profile} className="post__author" prefetch={false}>
          {author.avatar_url ? (
            <img
              className="post__avatar"
              src={author.avatar_url}
              alt=""
              width={40}
              height={40}
              loading={priority ? "eager" : "lazy"}
              decoding="async"
            />
          ) : (
            <span className="post__avatar post__avatar--initial" aria-hidden="true">
              {author.display_name.trim().charAt(0).toUpperCase()}
            </span>
          )}
          <span className="post__name">{author.display_name}</span>
        </Link>
        <Link href={profile} className="post__handle" prefetch={false}>
          @{author.handle}
        </Link>
        <Link href={path} className="post__time" prefetch={false}>
          <PostTime value={post.created_at} locale={locale} />
        </Link>
        {viewerHandle === author.handle && (
          <Link href={`${path}/edit`} className="post__edit" prefetch={false}>
            {t.edit}
          </Link>
        )}
      </header>
      {!published && <p className="post__notice">{t.hidden}</p>}
      {post.images.length > 0 && (
        <PostCarousel postId={post.id} slides={slidesOf(post, locale, t)} priority={priority} t={t.images} />
      )}
      {post.products.length > 0 && (
        <ProductStrip postId={post.id} products={post.products} locale={locale} t={t.products} />
      )}
      {/* Likes, comments and reports need a published post: the backend refuses them on a hidden one. */}
      {published && (
        <div className="post__actions">
          {signedIn ? (
            <LikeButton
              postId={post.id}
              liked={post.liked_by_me ?? false}
              count={post.likes_count}
              locale={locale}
              t={{ like: t.like, signedOut: t.signedOut, gone: t.gone }}
            />
          ) : (
            <Link href={`/${locale}/account`} className="post__action" title={t.like.signIn}>
              <HeartIcon />
              <span className="visually-hidden">{t.like.signIn}</span> <span>{count(post.likes_count)}</span>
            </Link>
          )}
          <Link href={`${path}#comments`} className="post__action" prefetch={false}>
            <CommentIcon />
            <span className="visually-hidden">{fill(t.comments.link, { n: count(post.comments_count) })}</span>
            <span aria-hidden="true">{count(post.comments_count)}</span>
          </Link>
          <ShareButton path={path} title={by} t={t.share} />
          <ReportPost
            postId={post.id}
            locale={locale}
            signedIn={signedIn}
            t={{ report: t.report, signedOut: t.signedOut, gone: t.gone }}
          />
        </div>
      )}
      {post.caption.trim() && <PostCaption caption={post.caption} locale={locale} t={t.caption} />}
    </article>
  )
}
