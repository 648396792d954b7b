import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import type { WorkspaceState } from "@/lib/workspace/form"
import FormStatus from "@/modules/common/components/form-status"
import type { FormAction } from "@/modules/common/use-form-action"

import type { ImagesReadiness } from "./image-field"

type Props = {
  /** The id of the note that says why the button waits. */
  id: string
  form: Pick<FormAction<WorkspaceState>, "state" | "pending">
  images: ImagesReadiness
  /** The button's words, and what it says while the form is sent. */
  button: { submit: string; pending: string }
  messages: WorkspaceMessages["messages"]
}

/**
 * A product form's status and button. The button waits for the images: while one is uploading, or when one failed,
 * it is disabled and a note tied to it says why.
 */
export default function ProductSubmit({ id, form, images, button, messages }: Props) {
  const waiting = images === "uploading" ? messages.uploading : images === "failed" ? messages.imagesFailed : ""
  return (
    <>
      <FormStatus state={form.state} messages={messages} />
      {waiting && (
        <p id={id} className="workspace-muted">
          {waiting}
        </p>
      )}
      <button
        type="submit"
        className="button button--primary"
        disabled={form.pending || images !== "ready"}
        aria-describedby={waiting ? id : undefined}
      >
        {form.pending ? button.pending : button.submit}
      </button>
    </>
  )
}
