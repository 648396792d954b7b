import { InputField } from "@/modules/common/components/form-field"

type Props = {
  id: string
  label: string
  error?: string
  hint?: string
  /** A password being chosen (sign-up): at least 8 characters, and password managers offer a new one. */
  isNew?: boolean
}

/** The password input; taken as typed, up to the 128 characters the account schemas allow. */
export default function PasswordField({ isNew = false, ...field }: Props) {
  return (
    <InputField
      {...field}
      name="password"
      type="password"
      autoComplete={isNew ? "new-password" : "current-password"}
      required
      minLength={isNew ? 8 : undefined}
      maxLength={128}
    />
  )
}
