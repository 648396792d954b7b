import Form from "next/form"

import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import { SORTS, type ReviewSort as Sort } from "@/lib/reviews/limits"

type Props = { action: string; sort: Sort; rating: number | null; t: ReviewMessages["sort"] }

/**
 * The reviews' order, applied with a button as the catalog's sort is: a select that navigates on change would move
 * shoppers who browse the options with arrow keys (WCAG 3.2.2), and would need JavaScript.
 */
export default function ReviewSort({ action, sort, rating, t }: Props) {
  return (
    <Form action={action} className="review-sort" scroll={false}>
      <label htmlFor="review-sort">{t.label}</label>
      <div className="review-sort__row">
        <select id="review-sort" name="sort" defaultValue={sort}>
          {SORTS.map((option) => (
            <option key={option} value={option}>
              {t[option]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--small">
          {t.apply}
        </button>
      </div>
      {rating && <input type="hidden" name="rating" value={rating} />}
    </Form>
  )
}
