import { targetSize } from "@/lib/compose/resize"
import { fill } from "@/lib/i18n/fill"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

import type { UploadImage } from "./use-uploads"

type Props = {
  images: UploadImage[]
  selected: string | null
  t: ComposeMessages["images"]
  onSelect: (key: string) => void
  onMove: (key: string, by: -1 | 1) => void
  onRemove: (key: string) => void
  onRetry: (key: string) => void
}

/**
 * The post's images in order, each with its upload's progress and status. A thumbnail shows its image on the
 * tagging stage. Moving uses aria-disabled rather than disabled at the ends, so the focused button keeps focus.
 */
export default function UploadList({ images, selected, t, onSelect, onMove, onRemove, onRetry }: Props) {
  if (!images.length) return null
  return (
    <ol className="upload-list">
      {images.map((image, i) => {
        const n = i + 1
        const nameId = `upload-${image.key}`
        const thumb = image.preview ? targetSize(image.width, image.height, 160) : null
        const first = i === 0
        const last = i === images.length - 1
        return (
          <li key={image.key} className="upload-list__item">
            <button
              type="button"
              className="upload-list__thumb"
              aria-pressed={selected === image.key}
              aria-label={fill(t.show, { n })}
              onClick={() => onSelect(image.key)}
            >
              {image.preview && thumb ? (
                <img src={image.preview} alt="" width={thumb.width} height={thumb.height} />
              ) : (
                <span className="upload-list__placeholder" />
              )}
            </button>
            <div className="upload-list__body">
              <span id={nameId} className="upload-list__name">
                {image.name}
              </span>
              <progress aria-labelledby={nameId} max={1} value={image.progress ?? undefined} />
              <p className="upload-list__status" role="status">
                {image.status === "preparing" && t.preparing}
                {image.status === "uploading" && t.uploading}
                {image.status === "uploaded" && t.uploaded}
                {image.status === "failed" && (
                  <>
                    {t.failed}
                    <span aria-hidden="true"> — </span>
                    <button
                      type="button"
                      className="button button--link"
                      aria-label={fill(t.retryLabel, { name: image.name })}
                      onClick={() => onRetry(image.key)}
                    >
                      {t.retry}
                    </button>
                  </>
                )}
              </p>
              {image.failure && <p className="form__error">{t.failures[image.failure]}</p>}
            </div>
            <div className="upload-list__actions">
              <button
                type="button"
                className="button button--small"
                aria-label={fill(t.earlierLabel, { n })}
                aria-disabled={first || undefined}
                onClick={() => !first && onMove(image.key, -1)}
              >
                {t.earlier}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={fill(t.laterLabel, { n })}
                aria-disabled={last || undefined}
                onClick={() => !last && onMove(image.key, 1)}
              >
                {t.later}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={fill(t.removeLabel, { n })}
                onClick={() => onRemove(image.key)}
              >
                {t.remove}
              </button>
            </div>
          </li>
        )
      })}
    </ol>
  )
}
