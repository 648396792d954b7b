"use client"

import Link from "next/link"
import { useReducer, useState, useTransition } from "react"

import { draftReducer, initialDraft, updateInput, type DraftImage } from "@/lib/compose/draft"
import { updatePost } from "@/lib/data/compose"
import type { Locale } from "@/lib/i18n/locales"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

import CaptionField from "./caption-field"
import DeletePost from "./delete-post"
import { errorMessage } from "./error-message"
import FormError from "./form-error"
import ImageThumbs from "./image-thumbs"
import TagEditor from "./tag-editor"

/** A published image: its `pimg_` id is the key. */
export type EditImage = DraftImage & { url: string }

type Props = {
  locale: Locale
  postId: string
  caption: string
  images: EditImage[]
  hashtags: string[]
  t: ComposeMessages
}

/**
 * Editing a post: the caption and each image's product tags (the Store API keeps the images as they are), then
 * "Save changes" opens the post again; "Delete post" asks once more before it removes it.
 */
export default function EditForm({ locale, postId, caption: initialCaption, images, hashtags, t }: Props) {
  const [draft, dispatch] = useReducer(draftReducer<EditImage>, images, initialDraft<EditImage>)
  const [caption, setCaption] = useState(initialCaption)
  const [notice, announce] = useState("")
  const [failure, setFailure] = useState<{ message: string; expired: boolean } | null>(null)
  const [saving, startSaving] = useTransition()

  const save = () => {
    const input = updateInput(caption, images, draft.images)
    const current = draft.images
    const sent = input.images.flatMap((sentImage) => current.filter((image) => image.key === sentImage.id))
    setFailure(null)
    startSaving(async () => {
      const result = await updatePost(locale, postId, input)
      if (result?.error) {
        const message = errorMessage(result.error, t, sent, current)
        setFailure({ message, expired: result.error.code === "expired" })
      }
    })
  }

  return (
    <div className="compose">
      <div className="compose__columns">
        {draft.images.length > 1 && (
          <div className="compose__media">
            <ImageThumbs
              images={draft.images}
              selected={draft.selected}
              t={t.images}
              onSelect={(key) => dispatch({ type: "select", key })}
            />
          </div>
        )}
        <TagEditor
          id="edit-tags"
          locale={locale}
          draft={draft}
          dispatch={dispatch}
          stageOf={(image) => ({ src: image.url })}
          announce={announce}
          t={t.tags}
        />
      </div>
      <CaptionField
        id="edit-caption"
        locale={locale}
        value={caption}
        onChange={setCaption}
        hashtags={hashtags}
        t={t.caption}
      />
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      <FormError locale={locale} message={failure?.message ?? null} expired={failure?.expired ?? false} t={t.errors} />
      <div className="compose__actions">
        <button type="button" className="button button--primary" disabled={saving} onClick={save}>
          {saving ? t.saving : t.save}
        </button>
        <Link href={`/${locale}/p/${postId}`}>{t.backToPost}</Link>
      </div>
      <DeletePost locale={locale} postId={postId} t={t} />
    </div>
  )
}
