import "server-only"

import { cache } from "react"

import type { ReviewSort } from "@/lib/reviews/limits"
import { reviewId as reviewIdSchema } from "@/lib/reviews/schemas"
import type { OwnReview, ReviewPage, StoreReview } from "@/lib/reviews/types"

import { getAuthToken } from "./cookies"
import { forgetToken, medusaFetch, statusOf } from "./customer-reads"
import { mediaUrl } from "./social"
import { storeGet } from "./store-api"
import { tags } from "./tags"

/** Reviews per page of a product's list. */
export const REVIEWS_PAGE = 10

/** A review with its photos as absolute URLs (uploads may be stored relative to the backend). */
function withMedia<R extends StoreReview>(review: R): R {
  return { ...review, images: review.images.map((image) => ({ url: mediaUrl(image.url) })) }
}

/**
 * A page of a product's published reviews and the product's rating summary (always the whole product's, whatever
 * `rating` narrows the list to). A signed-in reader's page says which reviews it found helpful and wrote, so it is
 * read fresh with its token; an expired token reads as a guest. Guests share a cached copy for a minute, dropped
 * at once when a review of the product is written here.
 */
export async function listProductReviews(
  productId: string,
  { sort, rating, cursor }: { sort: ReviewSort; rating: number | null; cursor?: string | null }
): Promise<ReviewPage> {
  const path = `/store/products/${productId}/reviews`
  const query = { sort, limit: REVIEWS_PAGE, rating: rating ?? undefined, cursor: cursor ?? undefined }
  const toPage = (page: ReviewPage): ReviewPage => ({ ...page, reviews: page.reviews.map(withMedia) })
  const token = await getAuthToken()
  if (token) {
    try {
      return toPage(await medusaFetch<ReviewPage>(path, { token, query }))
    } catch (error) {
      if (statusOf(error) !== 401) throw error
    }
  }
  return toPage(await storeGet<ReviewPage>(path, query, { tags: [tags.reviews(productId)], revalidate: 60 }))
}

/**
 * The signed-in customer's reviews of an order's lines, for the order page. Never cached: one customer's own. None
 * for a guest or an expired token.
 */
export async function listOwnReviews(orderId: string): Promise<OwnReview[]> {
  const token = await getAuthToken()
  if (!token) return []
  try {
    const { reviews } = await medusaFetch<{ reviews: OwnReview[] }>("/store/reviews", {
      token,
      query: { order_id: orderId, limit: 50 },
    })
    return reviews.map(withMedia)
  } catch (error) {
    if (statusOf(error) !== 401) throw error
    await forgetToken()
    return []
  }
}

/** One of the signed-in customer's reviews, or null when there is none (unknown, or someone else's). Once per request. */
export const getOwnReview = cache(async (id: string): Promise<OwnReview | null> => {
  if (!reviewIdSchema.safeParse(id).success) return null
  const token = await getAuthToken()
  if (!token) return null
  try {
    const { review } = await medusaFetch<{ review: OwnReview }>(`/store/reviews/${id}`, { token })
    return withMedia(review)
  } catch (error) {
    const status = statusOf(error)
    if (status === 401) await forgetToken()
    if (status === 401 || status === 404) return null
    throw error
  }
})
