// A post page's title and metadata.
import type { Metadata } from "next"

import { summary } from "@/lib/catalog/metadata"
import { alternatesOf, localizedUrl } from "@/lib/catalog/urls"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"

/** The caption's first 60 characters, cut at a word; "Post by {name}" (`by`) without a caption. */
export function postTitle(caption: string, name: string, by: string): string {
  return summary(caption, 60) ?? fill(by, { name })
}

type Input = {
  origin: string
  locale: Locale
  post: { id: string; caption: string; status: string; created_at: string; author: { display_name: string } }
  image: string | null
  /** "Post by {name}" in the page's language. */
  by: string
  /** Kept from the layout: a page's openGraph replaces the layout's whole. */
  siteName?: string
}

/** Title, description, canonical URL and share image; a hidden post (only its author sees it) is not indexed. */
export function postMetadata({ origin, locale, post, image, by, siteName }: Input): Metadata {
  const title = postTitle(post.caption, post.author.display_name, by)
  const description = summary(post.caption) ?? fill(by, { name: post.author.display_name })
  const path = `/p/${post.id}`
  return {
    title,
    description,
    alternates: alternatesOf(origin, locale, path),
    openGraph: {
      type: "article",
      title,
      description,
      url: localizedUrl(origin, locale, path),
      siteName,
      publishedTime: post.created_at,
      images: image ? [{ url: image, alt: fill(by, { name: post.author.display_name }) }] : undefined,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title,
      description,
      images: image ? [image] : undefined,
    },
    ...(post.status === "published" ? {} : { robots: { index: false, follow: false } }),
  }
}
