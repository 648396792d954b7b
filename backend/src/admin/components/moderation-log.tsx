import { createDataTableColumnHelper, DataTable, DataTablePaginationState, useDataTable } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { useModerationEntries } from "../hooks/moderation"
import { useProductTitles } from "../hooks/products"
import { dateTime } from "../lib/format"
import { ModerationEntry } from "../lib/types"
import { Actor } from "./actor"
import { Status } from "./status"

const column = createDataTableColumnHelper<ModerationEntry>()

/**
 * Proposals and decisions, newest first. For one product (its page) it leaves out the product and
 * seller columns; the whole log names each entry's product and seller.
 */
export function ModerationLog({ productId, pageSize = 20 }: { productId?: string; pageSize?: number }) {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })
  const { data, isLoading } = useModerationEntries({
    product_id: productId,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })
  const entries = data?.moderation_entries ?? []
  const ids = productId ? [] : [...new Set(entries.map((e) => e.product_id))]
  const { data: products } = useProductTitles(ids)

  const columns = useMemo(
    () => [
      column.accessor("created_at", { header: "Date", cell: ({ getValue }) => dateTime(getValue()) }),
      // Not the id "action": DataTable pins a column of that id as a narrow row-menu column.
      column.accessor("action", { id: "decision", header: "Action", cell: ({ getValue }) => <Status value={getValue()} /> }),
      ...(productId
        ? []
        : [
            column.display({
              id: "product",
              header: "Product",
              cell: ({ row }) => (
                <Link className="text-ui-fg-interactive hover:underline" to={`/products/${row.original.product_id}`}>
                  {products?.get(row.original.product_id)?.title ?? row.original.product_id}
                </Link>
              ),
            }),
            column.display({
              id: "seller",
              header: "Seller",
              cell: ({ row }) => (
                <Link className="text-ui-fg-interactive hover:underline" to={`/sellers/${row.original.seller_id}`}>
                  {products?.get(row.original.product_id)?.seller?.name ?? row.original.seller_id}
                </Link>
              ),
            }),
          ]),
      column.display({
        id: "actor",
        header: "By",
        cell: ({ row }) => <Actor type={row.original.actor_type} id={row.original.actor_id} />,
      }),
      column.accessor("reason", { header: "Reason", cell: ({ getValue }) => getValue() ?? "-" }),
    ],
    [productId, products]
  )

  const table = useDataTable({
    columns,
    data: entries,
    getRowId: (entry) => entry.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: "No moderation entries yet" } }} />
      {(data?.count ?? 0) > pagination.pageSize && <DataTable.Pagination />}
    </DataTable>
  )
}
