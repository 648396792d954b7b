import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Select,
  Text,
  Tooltip,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { DownloadButton, RetryButton } from "../../components/sync-actions"
import { PaymentBadge, statusLabel, SyncStatusBadge, VoucherLink } from "../../components/sync-status"
import { dateTime, kindLabel, STATUSES, Sync, SyncStatus, useSyncs } from "../../lib/syncs"

const PAGE_SIZE = 20

const column = createDataTableColumnHelper<Sync>()

const columns = [
  column.accessor("kind", { header: "Document", cell: ({ getValue }) => kindLabel[getValue()] }),
  column.accessor("order_id", {
    header: "Order",
    cell: ({ getValue }) => (
      <Link className="text-ui-fg-interactive hover:underline" to={`/orders/${getValue()}`}>
        {getValue()}
      </Link>
    ),
  }),
  column.accessor("status", { header: "Status", cell: ({ row }) => <SyncStatusBadge sync={row.original} /> }),
  column.accessor("attempts", { header: "Attempts" }),
  column.accessor("voucher_number", { header: "Voucher", cell: ({ row }) => <VoucherLink sync={row.original} /> }),
  column.accessor("payment_status", { header: "Payment", cell: ({ row }) => <PaymentBadge sync={row.original} /> }),
  column.accessor("last_error", {
    header: "Last error",
    cell: ({ getValue }) => {
      const error = getValue()
      return error ? (
        <Tooltip content={error} maxWidth={480}>
          <span className="block max-w-[240px] truncate">{error}</span>
        </Tooltip>
      ) : (
        "-"
      )
    },
  }),
  column.accessor("updated_at", { header: "Updated", cell: ({ getValue }) => dateTime(getValue()) }),
  column.display({
    id: "actions",
    cell: ({ row }) => (
      <div className="flex items-center justify-end gap-x-2">
        <DownloadButton sync={row.original} />
        <RetryButton sync={row.original} />
      </div>
    ),
  }),
]

/** Every invoice and credit note sent (or being sent) to Lexoffice, newest first. */
const FinancePage = () => {
  const [status, setStatus] = useState<SyncStatus>()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })

  const { data, isLoading, error } = useSyncs({
    status,
    order_id: search.trim() || undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const table = useDataTable({
    columns,
    data: data?.syncs ?? [],
    getRowId: (sync) => sync.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  // A new status starts on the first page, as the table does itself for its search.
  const changeStatus = (value: string) => {
    setStatus(value === "all" ? undefined : (value as SyncStatus))
    setPagination((p) => ({ ...p, pageIndex: 0 }))
  }

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading>Finance</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Invoices and credit notes in Lexoffice
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Select size="small" value={status ?? "all"} onValueChange={changeStatus}>
              <Select.Trigger className="w-[160px]">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">All statuses</Select.Item>
                {STATUSES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {statusLabel(value)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <DataTable.Search placeholder="Order ID" />
          </div>
        </DataTable.Toolbar>
        {error && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {error.message}
          </Text>
        )}
        <DataTable.Table
          emptyState={{
            // "empty" also shows for a status without syncs: the table only knows about its search.
            empty: status
              ? { heading: `No ${statusLabel(status).toLowerCase()} documents` }
              : { heading: "Nothing sent to Lexoffice yet", description: "Orders and refunds appear here once they are invoiced." },
            filtered: { heading: "No documents for this order", description: "Search by the full order ID (order_…)." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Finance", icon: Receipt })

export const handle = { breadcrumb: () => "Finance" }

export default FinancePage
