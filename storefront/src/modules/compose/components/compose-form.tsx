"use client"

import { useState } from "react"

import { publishInput } from "@/lib/compose/draft"
import { admitFiles } from "@/lib/compose/files"
import { IMAGES_MAX } from "@/lib/compose/limits"
import { publishPost } from "@/lib/data/compose"
import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

import ImagePicker from "./image-picker"
import PostEditor from "./post-editor"
import UploadList from "./upload-list"
import { usePostDraft } from "./use-post-draft"
import { useUploads, type UploadImage } from "./use-uploads"
import { useWrite } from "./use-write"

type Props = { locale: Locale; hashtags: string[]; t: ComposeMessages }

const INPUT = "compose-images"

/**
 * A new post: images (resized and uploaded as soon as they are picked), product tags on each, a caption with
 * hashtag suggestions, and Publish once every upload is done. Everything stays in the page when publishing
 * fails; on success the action opens the new post.
 */
export default function ComposeForm({ locale, hashtags, t }: Props) {
  const post = usePostDraft<UploadImage>([], "")
  const { draft, dispatch, announce } = post
  const [refusals, setRefusals] = useState<string[]>([])
  const publishing = useWrite(t)
  const uploads = useUploads(dispatch)

  const pick = (files: File[]) => {
    const { accepted, refused } = admitFiles(files, IMAGES_MAX - draft.images.length)
    setRefusals(refused.map(({ name, reason }) => fill(t.images.refused[reason], { name })))
    uploads.add(accepted)
  }

  const remove = (key: string) => {
    const n = draft.images.findIndex((image) => image.key === key) + 1
    uploads.remove(key)
    announce(fill(t.images.removed, { n }))
    // The removed item's buttons are gone; the picker is the next sensible place for the focus.
    document.getElementById(INPUT)?.focus()
  }

  const move = (key: string, by: -1 | 1) => {
    const n = draft.images.findIndex((image) => image.key === key) + 1 + by
    dispatch({ type: "move", key, by })
    announce(fill(t.images.moved, { n }))
  }

  const ready = draft.images.length > 0 && draft.images.every((image) => image.status === "uploaded")

  const publish = () => {
    const images = draft.images
    publishing.run(() => publishPost(locale, publishInput(post.caption, images)), images)
  }

  return (
    <div className="compose">
      <noscript>
        <p className="compose__notice">{t.noScript}</p>
      </noscript>
      <PostEditor
        id="compose"
        locale={locale}
        post={post}
        stageOf={(image) => ({ src: image.preview, width: image.width, height: image.height })}
        media={
          <div className="compose__media">
            <ImagePicker id={INPUT} count={draft.images.length} t={t.images} onPick={pick} refusals={refusals} />
            <UploadList
              images={draft.images}
              selected={draft.selected}
              t={t.images}
              onSelect={(key) => dispatch({ type: "select", key })}
              onMove={move}
              onRemove={remove}
              onRetry={uploads.retry}
            />
          </div>
        }
        hashtags={hashtags}
        failure={publishing.failure}
        t={t}
      >
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || publishing.pending}
          aria-describedby={ready ? undefined : "compose-publish-hint"}
          onClick={publish}
        >
          {publishing.pending ? t.publishing : t.publish}
        </button>
        {!ready && (
          <p id="compose-publish-hint" className="compose__muted">
            {t.publishHint}
          </p>
        )}
      </PostEditor>
    </div>
  )
}
