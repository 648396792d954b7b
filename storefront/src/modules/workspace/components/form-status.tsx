import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import type { WorkspaceState } from "@/lib/workspace/form"

type Props = { state: WorkspaceState; messages: WorkspaceMessages["messages"]; id?: string }

/**
 * A form's outcome in a live region that is always present, so screen readers announce each change. A refusal
 * adds the backend's own reason, which names the field.
 */
export default function FormStatus({ state, messages, id }: Props) {
  const ok = state.status === "saved"
  return (
    <p id={id} className={`form__status${ok ? " workspace-status--ok" : ""}`} role="status">
      {state.message ? messages[state.message] : ""}
      {state.detail ? ` ${state.detail}` : ""}
    </p>
  )
}
