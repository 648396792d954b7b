import { useState } from "react"

import { admitFiles } from "@/lib/compose/files"
import { fill } from "@/lib/i18n/fill"
import type { ReviewMessages } from "@/lib/i18n/messages/reviews"
import { PHOTOS_MAX } from "@/lib/reviews/limits"
import ImageInput from "@/modules/common/components/image-input"

import type { useReviewPhotos } from "./use-review-photos"

type Props = {
  id: string
  photos: ReturnType<typeof useReviewPhotos>
  /** The translated error, if the server refused the photos. */
  error?: string
  t: ReviewMessages["form"]["photos"]
}

/**
 * The review's photos: a file input (up to six), then each photo as a thumbnail with its upload's status, "Try
 * again" after a failure and "Remove". Each stored photo goes with the form as an `images` field.
 */
export default function ReviewPhotos({ id, photos, error, t }: Props) {
  const [refusals, setRefusals] = useState<string[]>([])
  const [announcement, setAnnouncement] = useState("")
  const { photos: list } = photos

  const pick = (files: File[]) => {
    const { accepted, refused } = admitFiles(files, PHOTOS_MAX - list.length)
    setRefusals(refused.map(({ name, reason }) => fill(t.refused[reason], { name })))
    photos.add(accepted)
  }

  const remove = (key: string, n: number) => {
    photos.remove(key)
    setAnnouncement(fill(t.removed, { n }))
    // The removed photo's buttons are gone; the file input is the next sensible place for the focus.
    document.getElementById(id)?.focus()
  }

  return (
    <div className="form__field review-photos">
      <label htmlFor={id}>{t.label}</label>
      <p id={`${id}-hint`} className="account-form__hint">
        {t.hint} {fill(t.count, { n: list.length, max: PHOTOS_MAX })}
      </p>
      <ImageInput
        id={id}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onPick={pick}
        disabled={list.length >= PHOTOS_MAX}
      />
      {error && (
        <p id={`${id}-error`} className="form__error">
          {error}
        </p>
      )}
      <div role="alert">
        {refusals.length > 0 && (
          <ul className="form__error">
            {refusals.map((refusal, i) => (
              <li key={i}>{refusal}</li>
            ))}
          </ul>
        )}
      </div>
      {list.length > 0 && (
        <ol className="review-photos__list" aria-label={t.list}>
          {list.map((photo, i) => {
            const n = i + 1
            return (
              <li key={photo.key} className="review-photos__item">
                {photo.preview ? (
                  <img src={photo.preview} alt={fill(t.alt, { n })} width={72} height={72} />
                ) : (
                  <span className="review-photos__placeholder" />
                )}
                <p className="review-photos__status" role="status">
                  {t[photo.status]}
                </p>
                {photo.failure && <p className="form__error">{t.failures[photo.failure]}</p>}
                {photo.status === "failed" && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={fill(t.retryLabel, { n })}
                    onClick={() => photos.retry(photo.key)}
                  >
                    {t.retry}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={fill(t.removeLabel, { n })}
                  onClick={() => remove(photo.key, n)}
                >
                  {t.remove}
                </button>
                {photo.fileId && <input type="hidden" name="images" value={photo.fileId} />}
              </li>
            )
          })}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  )
}
