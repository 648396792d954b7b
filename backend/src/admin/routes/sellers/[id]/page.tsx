import { Container, Text } from "@medusajs/ui"
import { UIMatch, useParams } from "react-router-dom"
import { SellerCommission } from "../../../components/seller/commission"
import { SellerGeneral } from "../../../components/seller/general"
import { SellerMembers } from "../../../components/seller/members"
import { SellerPayoutDetails } from "../../../components/seller/payout-details"
import { SellerStockLocation } from "../../../components/seller/stock-location"
import { useSeller } from "../../../hooks/sellers"

const SellerPage = () => {
  const { id } = useParams() as { id: string }
  const { data, isLoading, error } = useSeller(id)

  if (isLoading) return null
  if (!data) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-error">
          {error?.message ?? "Seller not found"}
        </Text>
      </Container>
    )
  }

  const { seller } = data
  // The dashboard's two-column detail layout: main content, and a side column from xl up.
  return (
    <div className="flex w-full flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-4">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <SellerGeneral seller={seller} />
        <SellerMembers seller={seller} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <SellerCommission key={String(seller.commission_rate)} seller={seller} />
        <SellerPayoutDetails seller={seller} />
        <SellerStockLocation seller={seller} />
      </div>
    </div>
  )
}

/** The breadcrumb names the seller; it shares the page's query, so it costs no extra request. */
const SellerCrumb = ({ id }: { id: string }) => {
  const { data } = useSeller(id)
  return <span>{data?.seller.name ?? id}</span>
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <SellerCrumb id={params.id!} />,
}

export default SellerPage
