import type { ReactNode } from "react"

import type { DraftImage } from "@/lib/compose/draft"
import type { Locale } from "@/lib/i18n/locales"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

import CaptionField from "./caption-field"
import FormError from "./form-error"
import TagEditor, { type StageImage } from "./tag-editor"
import type { PostDraft } from "./use-post-draft"
import type { WriteFailure } from "./use-write"

type Props<I extends DraftImage> = {
  /** Starts the ids of the tag editor and the caption: `<id>-tags`, `<id>-caption`. */
  id: string
  locale: Locale
  post: PostDraft<I>
  stageOf: (image: I) => StageImage
  /** The images beside the tag editor, when there is a choice of them. */
  media: ReactNode
  /** Known hashtags, hottest first, without `#`. */
  hashtags: string[]
  failure: WriteFailure | null
  /** The button that publishes or saves, and what goes with it. */
  children: ReactNode
  t: ComposeMessages
}

/** What writing and editing a post share: the images' product tags, the caption, the outcome and the actions. */
export default function PostEditor<I extends DraftImage>({
  id,
  locale,
  post,
  stageOf,
  media,
  hashtags,
  failure,
  children,
  t,
}: Props<I>) {
  return (
    <>
      <div className="compose__columns">
        {media}
        <TagEditor
          id={`${id}-tags`}
          locale={locale}
          draft={post.draft}
          dispatch={post.dispatch}
          stageOf={stageOf}
          announce={post.announce}
          t={t.tags}
        />
      </div>
      <CaptionField
        id={`${id}-caption`}
        locale={locale}
        value={post.caption}
        onChange={post.setCaption}
        hashtags={hashtags}
        t={t.caption}
      />
      <p className="visually-hidden" role="status">
        {post.notice}
      </p>
      <FormError locale={locale} failure={failure} t={t.errors} />
      <div className="compose__actions">{children}</div>
    </>
  )
}
