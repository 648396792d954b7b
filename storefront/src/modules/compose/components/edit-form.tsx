"use client"

import Link from "next/link"

import { updateInput, type DraftImage } from "@/lib/compose/draft"
import { updatePost } from "@/lib/data/compose"
import type { Locale } from "@/lib/i18n/locales"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

import DeletePost from "./delete-post"
import ImageThumbs from "./image-thumbs"
import PostEditor from "./post-editor"
import { usePostDraft } from "./use-post-draft"
import { useWrite } from "./use-write"

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
export default function EditForm({ locale, postId, caption, images, hashtags, t }: Props) {
  const post = usePostDraft(images, caption)
  const { draft, dispatch } = post
  const saving = useWrite(t)

  const save = () => {
    const input = updateInput(post.caption, images, draft.images)
    const current = draft.images
    const sent = input.images.flatMap((sentImage) => current.filter((image) => image.key === sentImage.id))
    saving.run(() => updatePost(locale, postId, input), sent, current)
  }

  return (
    <div className="compose">
      <PostEditor
        id="edit"
        locale={locale}
        post={post}
        stageOf={(image) => ({ src: image.url })}
        media={
          draft.images.length > 1 && (
            <div className="compose__media">
              <ImageThumbs
                images={draft.images}
                selected={draft.selected}
                t={t.images}
                onSelect={(key) => dispatch({ type: "select", key })}
              />
            </div>
          )
        }
        hashtags={hashtags}
        failure={saving.failure}
        t={t}
      >
        <button type="button" className="button button--primary" disabled={saving.pending} onClick={save}>
          {saving.pending ? t.saving : t.save}
        </button>
        <Link href={`/${locale}/p/${postId}`}>{t.backToPost}</Link>
      </PostEditor>
      <DeletePost locale={locale} postId={postId} t={t} />
    </div>
  )
}
