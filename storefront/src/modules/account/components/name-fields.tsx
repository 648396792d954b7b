import { InputField } from "@/modules/common/components/form-field"

type Props = {
  /** Starts the inputs' ids: `<idPrefix>-first-name`. */
  idPrefix: string
  labels: { firstName: string; lastName: string }
  value: (name: "first_name" | "last_name") => string
  error: (name: string) => string | undefined
}

/** First and last name side by side, as the sign-up and the profile ask for them. */
export default function NameFields({ idPrefix, labels, value, error }: Props) {
  const fields = [
    { name: "first_name", id: "first-name", label: labels.firstName, autoComplete: "given-name" },
    { name: "last_name", id: "last-name", label: labels.lastName, autoComplete: "family-name" },
  ] as const
  return (
    <div className="account-form__row">
      {fields.map((field) => (
        <InputField
          key={field.name}
          id={`${idPrefix}-${field.id}`}
          name={field.name}
          label={field.label}
          error={error(field.name)}
          autoComplete={field.autoComplete}
          required
          maxLength={100}
          defaultValue={value(field.name)}
        />
      ))}
    </div>
  )
}
