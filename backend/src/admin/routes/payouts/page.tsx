import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { Status } from "../../components/status"
import { StatusSelect } from "../../components/status-select"
import { TextPrompt } from "../../components/text-prompt"
import { useMarkPaid, usePayouts } from "../../hooks/payouts"
import { dateTime, money } from "../../lib/format"
import { Payout, PayoutStatus } from "../../lib/types"

const PAGE_SIZE = 20
const STATUSES = ["pending", "processing", "paid", "failed"] as const

const column = createDataTableColumnHelper<Payout>()

const PayoutsPage = () => {
  const [status, setStatus] = useState<PayoutStatus>()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [paying, setPaying] = useState<Payout>()
  const markPaid = useMarkPaid()

  const { data, isLoading, error } = usePayouts({
    status,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = useMemo(
    () => [
      column.accessor("seller.name", {
        header: "Seller",
        cell: ({ row }) => (
          <Link className="text-ui-fg-interactive hover:underline" to={`/sellers/${row.original.seller_id}`}>
            {row.original.seller?.name ?? row.original.seller_id}
          </Link>
        ),
      }),
      column.accessor("amount", {
        header: "Amount",
        cell: ({ row }) => money(row.original.amount, row.original.currency_code),
      }),
      column.accessor("status", { header: "Status", cell: ({ getValue }) => <Status value={getValue()} /> }),
      column.accessor("created_at", { header: "Created", cell: ({ getValue }) => dateTime(getValue()) }),
      column.accessor("paid_at", { header: "Paid at", cell: ({ getValue }) => dateTime(getValue()) }),
      column.accessor("provider_reference", { header: "Reference", cell: ({ getValue }) => getValue() ?? "-" }),
      column.display({
        id: "actions",
        cell: ({ row }) =>
          (row.original.status === "pending" || row.original.status === "processing") && (
            <Button size="small" variant="secondary" onClick={() => setPaying(row.original)}>
              Mark paid
            </Button>
          ),
      }),
    ],
    []
  )

  const table = useDataTable({
    columns,
    data: data?.payouts ?? [],
    getRowId: (payout) => payout.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const changeStatus = (next: PayoutStatus | undefined) => {
    setStatus(next)
    setPagination((p) => ({ ...p, pageIndex: 0 }))
  }

  const confirmPaid = (payout: Payout, reference: string | undefined) =>
    markPaid.mutate(
      { id: payout.id, reference },
      {
        onSuccess: () => {
          setPaying(undefined)
          toast.success(`Payout of ${money(payout.amount, payout.currency_code)} marked as paid`)
        },
      }
    )

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-2">
          <Heading>Payouts</Heading>
          <StatusSelect statuses={STATUSES} value={status} onChange={changeStatus} />
        </DataTable.Toolbar>
        {error && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {error.message}
          </Text>
        )}
        <DataTable.Table
          emptyState={{
            empty: status
              ? { heading: `No ${status} payouts` }
              : { heading: "No payouts yet", description: "Payouts are created daily from sellers' payable sales." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      {paying && (
        <TextPrompt
          title="Mark payout as paid"
          description={`Confirm that ${money(paying.amount, paying.currency_code)} reached ${paying.seller?.name ?? "the seller"}.`}
          label="Reference (optional)"
          confirm="Mark paid"
          pending={markPaid.isPending}
          onConfirm={(reference) => confirmPaid(paying, reference)}
          onClose={() => setPaying(undefined)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Payouts", icon: Cash, rank: 3 })

export const handle = { breadcrumb: () => "Payouts" }

export default PayoutsPage
