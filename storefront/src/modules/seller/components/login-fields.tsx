import PasswordField from "@/modules/account/components/password-field"
import { InputField } from "@/modules/common/components/form-field"

type Props = {
  /** Starts the inputs' ids: `<idPrefix>-email`, `<idPrefix>-password`. */
  idPrefix: string
  labels: { email: string; password: string; passwordHint?: string }
  /** A login being made (applying, joining): password managers offer a new password of at least 8 characters. */
  isNew?: boolean
  error: (name: string) => string | undefined
  /** The e-mail address typed before the form came back. */
  email: string
}

/** The e-mail address and password of a seller login. */
export default function LoginFields({ idPrefix, labels, isNew = false, error, email }: Props) {
  return (
    <>
      <InputField
        id={`${idPrefix}-email`}
        name="email"
        label={labels.email}
        error={error("email")}
        type="email"
        autoComplete="username"
        required
        maxLength={254}
        defaultValue={email}
      />
      <PasswordField
        id={`${idPrefix}-password`}
        label={labels.password}
        hint={labels.passwordHint}
        error={error("password")}
        isNew={isNew}
      />
    </>
  )
}
