import { scoreCursor, timeCursor } from "../cursor"
import { ReviewSort } from "../../modules/review/service"

/** The cursor of a product's review list in the given order: newest by time, most helpful by score. */
export const reviewCursor = (sort: ReviewSort) => (sort === "helpful" ? scoreCursor : timeCursor)
