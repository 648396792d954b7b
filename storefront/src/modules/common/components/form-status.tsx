import type { FormState } from "@/lib/forms/state"

type Props<Message extends string> = {
  state: Pick<FormState<Message>, "status" | "message"> & { detail?: string }
  messages: Record<Message, string>
}

/**
 * A form's outcome in a live region that is always present, so screen readers announce each change. A refusal may
 * add the backend's own reason (`detail`), which names the field.
 */
export default function FormStatus<Message extends string>({ state, messages }: Props<Message>) {
  return (
    <p className={`form__status${state.status === "saved" ? " form__status--ok" : ""}`} role="status">
      {state.message ? messages[state.message] : ""}
      {state.detail ? ` ${state.detail}` : ""}
    </p>
  )
}
