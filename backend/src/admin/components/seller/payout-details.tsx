import { Text } from "@medusajs/ui"
import { SellerDetail } from "../../lib/types"
import { Row, Section } from "../section"

/** Where the seller's payouts go, as the seller entered it. */
export function SellerPayoutDetails({ seller }: { seller: SellerDetail }) {
  return (
    <Section title="Payout details">
      {seller.payout_method === null ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          The seller has not entered payout details yet.
        </Text>
      ) : (
        <>
          <Row label="Method">{seller.payout_method === "iban" ? "Bank transfer (IBAN)" : "Viva Wallet"}</Row>
          <Row label="Account holder">{seller.payout_account_holder}</Row>
          {seller.payout_method === "iban" ? (
            <Row label="IBAN">{seller.payout_iban}</Row>
          ) : (
            <Row label="Merchant ID">{seller.payout_vivawallet_merchant_id}</Row>
          )}
        </>
      )}
    </Section>
  )
}
