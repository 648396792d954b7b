import "server-only"

import type { ReviewFilters, VendorReview } from "@/lib/workspace/reviews"

import { mediaUrl } from "./social"
import { vendorFetch } from "./vendor"

export const REVIEWS_PAGE_SIZE = 20

// The API's image URLs may be relative to the backend (local file storage); the browser loads them from there.
const toReview = (review: VendorReview): VendorReview => ({
  ...review,
  images: review.images.map((image) => ({ url: mediaUrl(image.url) })),
  product: { ...review.product, thumbnail: mediaUrl(review.product.thumbnail) },
})

/** One page of the reviews of the signed-in seller's products, newest first, hidden ones included. */
export async function listVendorReviews({
  rating,
  replied,
  page,
}: ReviewFilters & { page: number }): Promise<{ reviews: VendorReview[]; count: number }> {
  const { reviews, count } = await vendorFetch<{ reviews: VendorReview[]; count: number }>("/vendor/reviews", {
    query: {
      limit: REVIEWS_PAGE_SIZE,
      offset: (page - 1) * REVIEWS_PAGE_SIZE,
      ...(rating ? { rating } : {}),
      ...(replied ? { replied } : {}),
    },
  })
  return { reviews: reviews.map(toReview), count }
}
