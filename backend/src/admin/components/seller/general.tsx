import { Container, Heading, Text } from "@medusajs/ui"
import { dateTime } from "../../lib/format"
import { SellerDetail } from "../../lib/types"
import { Actor } from "../actor"
import { Row } from "../section"
import { Status } from "../status"
import { SellerActions } from "./actions"

/** The seller's profile and the last status decision, with the actions its status allows. */
export function SellerGeneral({ seller }: { seller: SellerDetail }) {
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <div className="flex items-center gap-x-2">
            <Heading>{seller.name}</Heading>
            <Status value={seller.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            @{seller.handle}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <SellerActions seller={seller} />
        </div>
      </div>
      <Row label="E-mail">{seller.email}</Row>
      <Row label="Country">{seller.country_code.toUpperCase()}</Row>
      <Row label="Description">{seller.description}</Row>
      <Row label="Registered">{dateTime(seller.created_at)}</Row>
      {seller.status_decided_at && (
        <>
          <Row label="Reason">{seller.status_reason}</Row>
          <Row label="Decided by">
            <Actor type={seller.status_decided_by === "system" ? "system" : "user"} id={seller.status_decided_by} />
          </Row>
          <Row label="Decided at">{dateTime(seller.status_decided_at)}</Row>
        </>
      )}
    </Container>
  )
}
