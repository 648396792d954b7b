import type { DraftTag } from "@/lib/compose/draft"
import { fill } from "@/lib/i18n/fill"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

type Props = {
  tags: DraftTag[]
  /** The image's number, for the heading. */
  n: number
  /** The tag waiting for its place. */
  placing: number | null
  t: ComposeMessages["tags"]
  onMove: (index: number) => void
  onRemove: (index: number) => void
}

/** The selected image's tags, numbered like their dots, each with whether it has a place yet. */
export default function TagList({ tags, n, placing, t, onMove, onRemove }: Props) {
  return (
    <div className="tag-list">
      <h3>{fill(t.list, { n })}</h3>
      {tags.length === 0 ? (
        <p className="compose__muted">{t.none}</p>
      ) : (
        <ol>
          {tags.map((tag, i) => {
            const title = tag.product.title ?? t.unavailable
            const placed = tag.x !== null && tag.y !== null
            return (
              <li key={`${tag.product.id}:${i}`} className="tag-list__item" data-placing={placing === i || undefined}>
                <span className="tag-list__number" aria-hidden="true">
                  {i + 1}
                </span>
                {tag.product.thumbnail ? (
                  <img src={tag.product.thumbnail} alt="" width={40} height={40} loading="lazy" />
                ) : (
                  <span className="tag-list__thumb" />
                )}
                <span className="tag-list__title">
                  {title}
                  <span className="compose__muted">
                    <span className="visually-hidden">, </span> {placed ? t.placed : t.unplaced}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={fill(t.moveLabel, { title })}
                  onClick={() => onMove(i)}
                >
                  {t.move}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={fill(t.removeLabel, { title })}
                  onClick={() => onRemove(i)}
                >
                  {t.remove}
                </button>
              </li>
            )
          })}
        </ol>
      )}
    </div>
  )
}
