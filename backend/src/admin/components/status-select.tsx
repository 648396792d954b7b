import { Select } from "@medusajs/ui"
import { humanize } from "../lib/format"

type Props<T extends string> = { statuses: readonly T[]; value: T | undefined; onChange: (value: T | undefined) => void }

/** A status filter whose "All" option clears the filter. */
export function StatusSelect<T extends string>({ statuses, value, onChange }: Props<T>) {
  return (
    <Select size="small" value={value ?? "all"} onValueChange={(v) => onChange(v === "all" ? undefined : (v as T))}>
      <Select.Trigger className="w-[160px]">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value="all">All statuses</Select.Item>
        {statuses.map((status) => (
          <Select.Item key={status} value={status}>
            {humanize(status)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
