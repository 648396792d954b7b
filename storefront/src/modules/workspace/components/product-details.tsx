import type { WorkspaceMessages } from "@/lib/i18n/messages/workspace"
import type { WorkspaceState } from "@/lib/workspace/form"
import FormField, { InputField } from "@/modules/common/components/form-field"
import type { FormAction } from "@/modules/common/use-form-action"

type Details = { title: string; subtitle: string; description: string; weight: string }

type Props = {
  /** Starts the inputs' ids: `<idPrefix>-title`. */
  idPrefix: string
  form: Pick<FormAction<WorkspaceState>, "error" | "value">
  /** The product's texts as they are, when editing one. */
  initial?: Details
  t: WorkspaceMessages["form"]
}

/** A product's title, tagline, description and weight, as creating and editing it ask for them. */
export default function ProductDetails({ idPrefix, form: { error, value }, initial, t }: Props) {
  const field = (name: keyof Details) => value(name, initial?.[name])
  return (
    <>
      <InputField
        id={`${idPrefix}-title`}
        name="title"
        label={t.name}
        error={error("title")}
        maxLength={200}
        required
        defaultValue={field("title")}
      />
      <InputField
        id={`${idPrefix}-subtitle`}
        name="subtitle"
        label={t.subtitle}
        hint={t.subtitleHint}
        error={error("subtitle")}
        maxLength={200}
        defaultValue={field("subtitle")}
      />
      <FormField id={`${idPrefix}-description`} name="description" label={t.description} error={error("description")}>
        {(control) => <textarea {...control} rows={6} maxLength={10_000} defaultValue={field("description")} />}
      </FormField>
      <InputField
        id={`${idPrefix}-weight`}
        name="weight"
        label={t.weight}
        hint={t.weightHint}
        error={error("weight")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={field("weight")}
      />
    </>
  )
}
