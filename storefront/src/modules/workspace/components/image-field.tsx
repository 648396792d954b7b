"use client"

import { useEffect, useId, useRef, useState } from "react"

import { fill } from "@/lib/i18n/fill"
import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import { refuseImage } from "@/lib/upload/image"
import { IMAGE_FIELD, MAX_IMAGES } from "@/lib/workspace/names"
import ImageInput from "@/modules/common/components/image-input"
import { SendError, sendImage } from "@/modules/common/send-image"

type Failure = keyof WorkspaceMessages["images"]["failed"]

type Picture = {
  key: string
  name: string
  /** What the preview shows: the chosen file (an object URL) or the stored image. */
  src: string
  /** The stored image's URL, sent with the form; null until uploaded. */
  url: string | null
  /** The chosen file, kept for a retry. */
  file: File | null
  progress: number
  status: "uploading" | "uploaded" | "failed"
  failure?: Failure
}

export type ImagesReadiness = "ready" | "uploading" | "failed"

type Props = {
  /** The product's images as they are (editing): the stored URL and the URL a browser loads. */
  initial?: { url: string; src: string }[]
  /** Told whenever the images become ready to send, are still uploading, or have failed ones. */
  onReadinessChange: (readiness: ImagesReadiness) => void
  error?: string
  t: WorkspaceMessages["images"]
}

const UPLOAD_URL = "/api/vendor/uploads"

const withName = (template: string, name: string) => fill(template, { name })

function failureOf(status: number): Failure {
  if (status === 401) return "signedOut"
  if (status === 403) return "notAllowed"
  if (status === 413) return "size"
  return status === 400 || status === 415 ? "type" : "failed"
}

/**
 * The product's images: each chosen file is uploaded at once, one request per file, through the storefront's
 * upload proxy with a progress bar, and sent with the form as its stored URL, in order (the first is the cover).
 * The file input itself sends nothing.
 */
export default function ImageField({ initial = [], onReadinessChange, error, t }: Props) {
  const id = useId()
  const [pictures, setPictures] = useState<Picture[]>(() =>
    initial.map((image, index) => ({
      key: `stored-${index}`,
      name: fill(t.image, { n: index + 1 }),
      src: image.src,
      url: image.url,
      file: null,
      progress: 100,
      status: "uploaded",
    }))
  )
  const [notice, setNotice] = useState("")
  /** The transfers under way, by picture: how to stop each. */
  const transfers = useRef(new Map<string, () => void>())
  const previews = useRef(new Set<string>())
  const counter = useRef(0)

  const readiness: ImagesReadiness = pictures.some((picture) => picture.status === "uploading")
    ? "uploading"
    : pictures.some((picture) => picture.status === "failed")
      ? "failed"
      : "ready"
  useEffect(() => onReadinessChange(readiness), [readiness, onReadinessChange])

  // Leaving the page stops the uploads and frees the previews.
  useEffect(() => {
    const open = transfers.current
    const urls = previews.current
    return () => {
      for (const abort of open.values()) abort()
      for (const url of urls) URL.revokeObjectURL(url)
    }
  }, [])

  const update = (key: string, change: Partial<Picture>) =>
    setPictures((current) => current.map((picture) => (picture.key === key ? { ...picture, ...change } : picture)))

  function upload(key: string, file: File) {
    const { done, abort } = sendImage(UPLOAD_URL, file, file.name, (fraction) =>
      update(key, { progress: Math.round(fraction * 100) })
    )
    transfers.current.set(key, abort)
    done.then(
      ({ url }) => {
        transfers.current.delete(key)
        update(key, { status: "uploaded", url, progress: 100, failure: undefined })
        setNotice(`${file.name}: ${t.uploaded}`)
      },
      (error) => {
        transfers.current.delete(key)
        const status = error instanceof SendError ? error.status : 0
        // A removed picture's transfer is stopped on purpose.
        if (status !== "aborted") fail(key, file.name, failureOf(status))
      }
    )
  }

  function fail(key: string, name: string, failure: Failure) {
    update(key, { status: "failed", failure })
    setNotice(`${name}: ${t.failed[failure]}`)
  }

  function choose(files: File[]) {
    const refusals: string[] = []
    const added: Picture[] = []
    for (const file of files) {
      const refusal = refuseImage(file)
      if (refusal) refusals.push(withName(t.refused[refusal], file.name))
      else if (pictures.length + added.length >= MAX_IMAGES) refusals.push(withName(t.refused.tooMany, file.name))
      else {
        const src = URL.createObjectURL(file)
        previews.current.add(src)
        counter.current += 1
        const key = `chosen-${counter.current}`
        added.push({ key, name: file.name, src, url: null, file, progress: 0, status: "uploading" })
      }
    }
    setNotice(refusals.join(" "))
    if (!added.length) return
    setPictures((current) => [...current, ...added])
    for (const picture of added) upload(picture.key, picture.file as File)
  }

  function retry(picture: Picture) {
    if (!picture.file) return
    update(picture.key, { status: "uploading", progress: 0, failure: undefined })
    upload(picture.key, picture.file)
  }

  function remove(picture: Picture) {
    transfers.current.get(picture.key)?.()
    transfers.current.delete(picture.key)
    if (previews.current.delete(picture.src)) URL.revokeObjectURL(picture.src)
    setPictures((current) => current.filter((other) => other.key !== picture.key))
  }

  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <div className="form__field image-field">
      <label htmlFor={id}>{t.label}</label>
      <p id={hintId} className="account-form__hint">
        {t.hint}
      </p>
      <ImageInput
        id={id}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        onPick={choose}
      />
      {error && (
        <p id={errorId} className="form__error">
          {error}
        </p>
      )}
      <p className="image-field__notice" role="status">
        {notice}
      </p>
      {pictures.length > 0 && (
        <ol className="image-field__list">
          {pictures.map((picture, index) => (
            <li key={picture.key} className="image-field__item">
              {/* The name beside it says what the preview is. */}
              <img src={picture.src} alt="" width={72} height={72} loading="lazy" className="image-field__preview" />
              <div className="image-field__info">
                <span className="image-field__name">{picture.name}</span>
                {index === 0 && <span className="status-badge status-badge--neutral">{t.cover}</span>}
                {picture.status === "uploading" && (
                  <progress max={100} value={picture.progress} aria-label={picture.name} />
                )}
                <span className={`image-field__state image-field__state--${picture.status}`}>
                  {picture.status === "uploading"
                    ? t.uploading
                    : picture.status === "uploaded"
                      ? t.uploaded
                      : t.failed[picture.failure ?? "failed"]}
                </span>
              </div>
              <div className="image-field__actions">
                {picture.status === "failed" && picture.file && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={withName(t.retryLabel, picture.name)}
                    onClick={() => retry(picture)}
                  >
                    {t.retry}
                  </button>
                )}
                {index > 0 && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={withName(t.makeCoverLabel, picture.name)}
                    onClick={() =>
                      setPictures((current) => [picture, ...current.filter((other) => other.key !== picture.key)])
                    }
                  >
                    {t.makeCover}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={withName(t.removeLabel, picture.name)}
                  onClick={() => remove(picture)}
                >
                  {t.remove}
                </button>
              </div>
              {picture.url && <input type="hidden" name={IMAGE_FIELD} value={picture.url} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
