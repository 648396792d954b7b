import { Button, Label, Prompt, Textarea } from "@medusajs/ui"
import { FormEvent, useId, useState } from "react"

type Props = {
  title: string
  description: string
  label: string
  confirm: string
  // A rejection or suspension must say why; a payout reference may be left out.
  required?: boolean
  danger?: boolean
  pending: boolean
  onConfirm: (text: string | undefined) => void
  onClose: () => void
}

/**
 * Asks for a text before an action. It is open while mounted; the caller unmounts it on cancel or once
 * the action succeeded, so a failed call keeps what the operator typed.
 */
export function TextPrompt({ title, description, label, confirm, required, danger, pending, onConfirm, onClose }: Props) {
  const id = useId()
  const [text, setText] = useState("")
  const value = text.trim()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!required || value) onConfirm(value || undefined)
  }

  return (
    <Prompt open variant={danger ? "danger" : "confirmation"} onOpenChange={(open) => !open && onClose()}>
      <Prompt.Content>
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>{title}</Prompt.Title>
            <Prompt.Description>{description}</Prompt.Description>
          </Prompt.Header>
          <div className="flex flex-col gap-y-2 px-6 pt-4">
            <Label htmlFor={id} size="small" weight="plus">
              {label}
            </Label>
            <Textarea id={id} autoFocus value={text} onChange={(event) => setText(event.target.value)} />
          </div>
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Button type="submit" size="small" variant={danger ? "danger" : "primary"} disabled={required && !value} isLoading={pending}>
              {confirm}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
