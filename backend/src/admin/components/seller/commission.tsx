import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { FormEvent, useId, useState } from "react"
import { useUpdateCommission } from "../../hooks/sellers"
import { percent } from "../../lib/format"
import { SellerDetail } from "../../lib/types"
import { Row, Section } from "../section"

/**
 * The rate the platform keeps from this seller's item totals, and the override that sets it. Render it with
 * key={seller.commission_rate} so the input follows the saved value.
 */
export function SellerCommission({ seller }: { seller: SellerDetail }) {
  const id = useId()
  const [rate, setRate] = useState(seller.commission_rate?.toString() ?? "")
  const { mutate, isPending } = useUpdateCommission(seller.id)

  const value = rate.trim() === "" ? null : Number(rate)
  const valid = value === null || (Number.isFinite(value) && value >= 0 && value <= 100)

  const save = (next: number | null) =>
    mutate(next, {
      onSuccess: () => toast.success(next === null ? "Commission set to the platform default" : `Commission set to ${percent(next)}`),
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (valid) save(value)
  }

  return (
    <Section title="Commission">
      <Row label="Effective rate">
        {percent(seller.effective_commission_rate)}
        <Text size="small" className="text-ui-fg-muted">
          {seller.commission_rate === null ? "Platform default" : "Seller's own rate"}
        </Text>
      </Row>
      <form onSubmit={submit} className="flex flex-col gap-y-2 px-6 py-4">
        <Label htmlFor={id} size="small" weight="plus">
          Own rate (%)
        </Label>
        <div className="grid grid-cols-[1fr_auto] items-center gap-x-2">
          <Input
            className="w-full"
            id={id}
            size="small"
            type="number"
            min={0}
            max={100}
            step={0.01}
            placeholder="Platform default"
            value={rate}
            onChange={(event) => setRate(event.target.value)}
          />
          <Button type="submit" size="small" variant="secondary" isLoading={isPending} disabled={!valid || value === seller.commission_rate}>
            Save
          </Button>
        </div>
        {seller.commission_rate !== null && (
          <Button type="button" size="small" variant="transparent" className="self-start" disabled={isPending} onClick={() => save(null)}>
            Use platform default
          </Button>
        )}
      </form>
    </Section>
  )
}
