import { fill } from "@/lib/i18n/fill"
import type { CatalogMessages } from "@/lib/i18n/messages/catalog"

type Props = { min: number | null; max: number | null; currency: string; t: CatalogMessages["refine"] }

/** The price range, two labelled number fields (`min_price`, `max_price`); either may stay empty. */
export default function PriceFilter({ min, max, currency, t }: Props) {
  return (
    <fieldset className="price-filter">
      <legend>{t.price}</legend>
      <p className="price-filter__hint" id="price-filter-hint">
        {fill(t.priceHint, { currency: currency.toUpperCase() })}
      </p>
      <div className="price-filter__row">
        {[
          { name: "min_price", label: t.min, value: min },
          { name: "max_price", label: t.max, value: max },
        ].map((field) => (
          <div key={field.name} className="price-filter__field">
            <label htmlFor={`catalog-${field.name}`}>{field.label}</label>
            <input
              id={`catalog-${field.name}`}
              type="number"
              name={field.name}
              min={0}
              max={9999999.99}
              step={0.01}
              inputMode="decimal"
              defaultValue={field.value ?? ""}
              aria-describedby="price-filter-hint"
            />
          </div>
        ))}
      </div>
    </fieldset>
  )
}
