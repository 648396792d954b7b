import type { Seller } from "@/lib/data/vendor"
import type { SellerMessages } from "@/lib/i18n/messages/seller"

type Props = { seller: Seller; t: SellerMessages["payout"] }

/** The payout details as staff see them: readable, not editable (changing them is for owners). */
export default function PayoutSummary({ seller, t }: Props) {
  const rows = [
    { label: t.method, value: t.methods[seller.payout_method ?? "none"] },
    { label: t.holder, value: seller.payout_account_holder },
    { label: t.iban, value: seller.payout_iban },
    { label: t.viva, value: seller.payout_vivawallet_merchant_id },
  ]
  return (
    <dl className="seller-details">
      {rows.map(({ label, value }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value || t.notSet}</dd>
        </div>
      ))}
    </dl>
  )
}
