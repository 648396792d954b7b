import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import ReviewModuleService from "../../../modules/review/service"
import { PurchasedLine } from "./purchased-line"

export type ReviewText = { rating: number; title: string; body: string }
export type ReviewImageInput = { file_id: string; url: string }

const UNIQUE_VIOLATION = "23505"

/**
 * Writes the review of a purchased line with its photos. Two requests for one line at once meet the
 * unique index: the loser is a conflict, not a second review. The compensation deletes the review and
 * recomputes the ratings it fed.
 */
export const createReviewStep = createStep(
  "create-review",
  async (input: PurchasedLine & ReviewText & { customer_id: string; images: ReviewImageInput[] }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const { images, ...review } = input
    let created: { id: string }
    try {
      created = await service.createReviews(review)
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION || /unique|already exists/i.test((error as Error).message)) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "You have already reviewed this purchase")
      }
      throw error
    }
    if (images.length) await service.createReviewImages(images.map((image, rank) => ({ ...image, rank, review_id: created.id })))
    return new StepResponse(created, { id: created.id, product_id: input.product_id, seller_id: input.seller_id })
  },
  async (created, { container }) => {
    if (!created) return
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    await service.deleteReviews(created.id)
    await service.refreshRatings(created)
  }
)

/**
 * Changes a review's text, rating and (when given) photos, and stamps it edited. The compensation
 * restores what was there and recomputes the ratings.
 */
export const updateReviewStep = createStep(
  "update-review",
  async (input: { id: string; changes: Partial<ReviewText>; images?: ReviewImageInput[] }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const before = await service.retrieveReview(input.id, { relations: ["images"] })
    await service.updateReviews({ id: input.id, ...input.changes, edited_at: new Date() })
    if (input.images) {
      await service.deleteReviewImages(before.images.map((image) => image.id))
      if (input.images.length) await service.createReviewImages(input.images.map((image, rank) => ({ ...image, rank, review_id: input.id })))
    }
    return new StepResponse(undefined, { before, images: !!input.images })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const { before } = undo
    await service.updateReviews({ id: before.id, rating: before.rating, title: before.title, body: before.body, edited_at: before.edited_at })
    if (undo.images) {
      const now = await service.listReviewImages({ review_id: before.id }, { select: ["id"] })
      await service.deleteReviewImages(now.map((image) => image.id))
      await service.createReviewImages(before.images.map(({ file_id, url, rank }) => ({ file_id, url, rank, review_id: before.id })))
    }
    await service.refreshRatings(before)
  }
)

/** Deletes a review (soft, with its photos); the compensation restores it and recomputes the ratings. */
export const deleteReviewStep = createStep(
  "delete-review",
  async (review: { id: string; product_id: string; seller_id: string | null }, { container }) => {
    await container.resolve<ReviewModuleService>(REVIEW_MODULE).softDeleteReviews(review.id)
    return new StepResponse(undefined, review)
  },
  async (review, { container }) => {
    if (!review) return
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    await service.restoreReviews(review.id)
    await service.refreshRatings(review)
  }
)
