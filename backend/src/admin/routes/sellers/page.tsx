import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { Status } from "../../components/status"
import { StatusSelect } from "../../components/status-select"
import { useSellers } from "../../hooks/sellers"
import { dateTime } from "../../lib/format"
import { Seller, SellerStatus } from "../../lib/types"

const PAGE_SIZE = 20
const STATUSES = ["pending", "approved", "rejected", "suspended"] as const

const column = createDataTableColumnHelper<Seller>()

const columns = [
  column.accessor("name", {
    header: "Seller",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" weight="plus" leading="compact">
          {row.original.name}
        </Text>
        <Text size="small" leading="compact" className="text-ui-fg-subtle">
          @{row.original.handle}
        </Text>
      </div>
    ),
  }),
  column.accessor("email", { header: "E-mail" }),
  column.accessor("country_code", { header: "Country", cell: ({ getValue }) => getValue().toUpperCase() }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <Status value={getValue()} /> }),
  column.accessor("created_at", { header: "Registered", cell: ({ getValue }) => dateTime(getValue()) }),
]

const SellersPage = () => {
  const navigate = useNavigate()
  const [status, setStatus] = useState<SellerStatus>()
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })

  const { data, isLoading, error } = useSellers({
    status,
    q: search || undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const table = useDataTable({
    columns,
    data: data?.sellers ?? [],
    getRowId: (seller) => seller.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_event, seller) => navigate(`/sellers/${seller.id}`),
  })

  // A new status starts on the first page, as the table does itself for its search.
  const changeStatus = (next: SellerStatus | undefined) => {
    setStatus(next)
    setPagination((p) => ({ ...p, pageIndex: 0 }))
  }

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <Heading>Sellers</Heading>
          <div className="flex items-center gap-x-2">
            <StatusSelect statuses={STATUSES} value={status} onChange={changeStatus} />
            <DataTable.Search placeholder="Search name or handle" />
          </div>
        </DataTable.Toolbar>
        {error && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {error.message}
          </Text>
        )}
        <DataTable.Table
          emptyState={{
            // "empty" also shows for a status without sellers: the table only knows about its search.
            empty: status
              ? { heading: `No ${status} sellers` }
              : { heading: "No sellers yet", description: "Sellers appear here once they register." },
            filtered: { heading: "No sellers match", description: "Try another status or search." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Sellers", icon: BuildingStorefront, rank: 1 })

export const handle = { breadcrumb: () => "Sellers" }

export default SellersPage
