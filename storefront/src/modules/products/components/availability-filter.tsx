import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

type Props = { inStock: boolean; t: CatalogMessages["refine"] }

/** "In stock only": a checkbox that sends `in_stock=1`. */
export default function AvailabilityFilter({ inStock, t }: Props) {
  return (
    <fieldset className="availability-filter">
      <legend>{t.availability}</legend>
      <label className="availability-filter__option">
        <input type="checkbox" name="in_stock" value="1" defaultChecked={inStock} />
        {t.inStock}
      </label>
    </fieldset>
  )
}
