import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ModerationLog } from "../../components/moderation-log"
import { ProposedProduct } from "../../components/proposed-product"
import { useProposedProducts } from "../../hooks/moderation"

const PAGE_SIZE = 10

/** Proposed products, oldest first; a decided product drops out when the queue refetches. */
const Queue = () => {
  const [pageIndex, setPageIndex] = useState(0)
  const { data, isLoading, error } = useProposedProducts({ limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const count = data?.count ?? 0
  const pageCount = Math.ceil(count / PAGE_SIZE)

  // Deciding the last product of the last page leaves that page empty; step back to one that has products.
  useEffect(() => {
    if (data && !data.products.length && pageIndex > 0) setPageIndex(Math.max(0, pageCount - 1))
  }, [data, pageIndex, pageCount])

  if (isLoading) return null
  if (error || !data?.products.length) {
    return (
      <Text size="small" className={error ? "text-ui-fg-error px-6 py-8" : "text-ui-fg-subtle px-6 py-8 text-center"}>
        {error?.message ?? "Nothing to review: no product is waiting for moderation."}
      </Text>
    )
  }

  return (
    <div className="divide-y">
      {data.products.map((product) => (
        <ProposedProduct key={product.id} product={product} />
      ))}
      {count > PAGE_SIZE && (
        <Table.Pagination
          count={count}
          pageSize={PAGE_SIZE}
          pageIndex={pageIndex}
          pageCount={pageCount}
          canPreviousPage={pageIndex > 0}
          canNextPage={pageIndex < pageCount - 1}
          previousPage={() => setPageIndex(pageIndex - 1)}
          nextPage={() => setPageIndex(pageIndex + 1)}
        />
      )}
    </div>
  )
}

const ModerationPage = () => {
  const { data } = useProposedProducts({ limit: PAGE_SIZE, offset: 0 })
  return (
    <Container className="p-0">
      <Tabs defaultValue="queue">
        <div className="flex items-center justify-between border-b px-6 py-4">
          <Heading>Moderation</Heading>
          <Tabs.List>
            <Tabs.Trigger value="queue">Queue{data ? ` (${data.count})` : ""}</Tabs.Trigger>
            <Tabs.Trigger value="log">Log</Tabs.Trigger>
          </Tabs.List>
        </div>
        <Tabs.Content value="queue">
          <Queue />
        </Tabs.Content>
        <Tabs.Content value="log">
          <ModerationLog />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Moderation", icon: ShieldCheck, rank: 2 })

export const handle = { breadcrumb: () => "Moderation" }

export default ModerationPage
