import { deletePost } from "@/lib/data/compose"
import type { Locale } from "@/lib/i18n/locales"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"
import { useConfirmStep } from "@/modules/common/use-confirm-step"

import FormError from "./form-error"
import { useWrite } from "./use-write"

type Props = { locale: Locale; postId: string; t: ComposeMessages }

/** "Delete post", then a confirmation in place: "Yes, delete" removes it and opens the author's profile. */
export default function DeletePost({ locale, postId, t }: Props) {
  const { confirming, question, opener, ask, cancel } = useConfirmStep()
  const deleting = useWrite(t)
  const remove = () => deleting.run(() => deletePost(locale, postId))

  return (
    <section className="delete-post">
      {confirming ? (
        <div className="delete-post__confirm">
          <p ref={question} tabIndex={-1} className="delete-post__question">
            <strong>{t.delete.confirm}</strong> {t.delete.explain}
          </p>
          <div className="delete-post__actions">
            <button type="button" className="button delete-post__button" onClick={remove} disabled={deleting.pending}>
              {deleting.pending ? t.delete.deleting : t.delete.yes}
            </button>
            <button type="button" className="button" onClick={cancel} disabled={deleting.pending}>
              {t.delete.no}
            </button>
          </div>
        </div>
      ) : (
        <button ref={opener} type="button" className="button delete-post__button" onClick={ask}>
          {t.delete.button}
        </button>
      )}
      <FormError locale={locale} failure={deleting.failure} t={t.errors} />
    </section>
  )
}
