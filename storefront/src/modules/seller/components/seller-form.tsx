import type { ReactNode } from "react"

import type { Locale } from "@/lib/i18n/locales"
import type { SellerMessages } from "@/lib/i18n/messages/seller"
import type { SellerFormState } from "@/lib/seller/form-state"
import FormStatus from "@/modules/common/components/form-status"
import type { FormAction } from "@/modules/common/use-form-action"

type Props = {
  /** The form's action and state, from useFormAction. */
  form: FormAction<SellerFormState>
  locale: Locale
  messages: SellerMessages["messages"]
  /** The button's words, and what it says while the form is sent. */
  button: { submit: string; pending: string }
  /** The id of the form's heading, when it has one. */
  labelledBy?: string
  children: ReactNode
  /** What follows the button: a link to the other way in. */
  footer?: ReactNode
}

/** A seller form: its fields, then its status and its button. The page's locale goes along for the action. */
export default function SellerForm({ form, locale, messages, button, labelledBy, children, footer }: Props) {
  return (
    <form ref={form.form} className="form seller-form" action={form.action} noValidate aria-labelledby={labelledBy}>
      <input type="hidden" name="locale" value={locale} />
      {children}
      <FormStatus state={form.state} messages={messages} />
      <button type="submit" className="button button--primary" disabled={form.pending}>
        {form.pending ? button.pending : button.submit}
      </button>
      {footer}
    </form>
  )
}
