// A review as the page shows it: plain data with its dates already written out, so the server's first page and the
// pages loaded later (through a server action) read the same, and the browser formats no dates of its own.
import type { StoreReview } from "./types"

export type ReviewView = {
  id: string
  rating: number
  title: string
  body: string
  images: string[]
  author: string
  verified: boolean
  helpfulCount: number
  helpfulByMe: boolean
  mine: boolean
  /** ISO timestamp and the date in words. */
  createdAt: string
  date: string
  edited: boolean
  reply: { body: string; seller: string; createdAt: string; date: string } | null
}

const dateOf = (value: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value))

export function reviewView(review: StoreReview, locale: string): ReviewView {
  return {
    id: review.id,
    rating: review.rating,
    title: review.title,
    body: review.body,
    images: review.images.map((image) => image.url),
    author: review.author.name,
    verified: review.verified_purchase,
    helpfulCount: review.helpful_count,
    helpfulByMe: review.helpful_by_me,
    mine: review.mine,
    createdAt: review.created_at,
    date: dateOf(review.created_at, locale),
    edited: Boolean(review.edited_at),
    reply: review.reply && {
      body: review.reply.body,
      seller: review.reply.seller.name,
      createdAt: review.reply.created_at,
      date: dateOf(review.reply.created_at, locale),
    },
  }
}
