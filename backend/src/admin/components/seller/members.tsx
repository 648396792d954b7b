import { Table, Text } from "@medusajs/ui"
import { dateTime, humanize } from "../../lib/format"
import { SellerDetail } from "../../lib/types"
import { Section } from "../section"

/** The accounts that may act for the seller in the seller app. */
export function SellerMembers({ seller }: { seller: SellerDetail }) {
  return (
    <Section title="Members">
      {seller.members.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No members.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>E-mail</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell>Joined</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {seller.members.map((member) => (
              <Table.Row key={member.id}>
                <Table.Cell>{member.email}</Table.Cell>
                <Table.Cell>{humanize(member.role)}</Table.Cell>
                <Table.Cell>{dateTime(member.created_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Section>
  )
}
