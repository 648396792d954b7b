import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  DataTablePaginationState,
  Heading,
  Select,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { TextPrompt } from "../../components/text-prompt"
import { dateTime, humanize } from "../../lib/format"
import { useReviewAction, useReviews } from "./hooks"
import { AdminReview, ReviewFilter } from "./types"

const PAGE_SIZE = 20
// The reported ones first: they are the operators' queue.
const FILTERS: ReviewFilter[] = ["reported", "published", "hidden"]

const link = "text-ui-fg-interactive hover:underline"

const column = createDataTableColumnHelper<AdminReview>()

/** Restores a hidden review at once; hiding asks for a reason first, in the page's prompt. */
const Actions = ({ review, onHide }: { review: AdminReview; onHide: (review: AdminReview) => void }) => {
  const { mutate, isPending } = useReviewAction()
  if (review.status === "published") {
    return (
      <Button size="small" variant="danger" onClick={() => onHide(review)}>
        Hide
      </Button>
    )
  }
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={isPending}
      onClick={() => mutate({ id: review.id, action: "restore" }, { onSuccess: () => toast.success("Review restored") })}
    >
      Restore
    </Button>
  )
}

const ReviewsPage = () => {
  const [status, setStatus] = useState<ReviewFilter>("reported")
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [hiding, setHiding] = useState<AdminReview>()
  const hide = useReviewAction()

  // The reported queue is ordered by its reports and not searchable (its search is cleared on the way in).
  const searchable = status !== "reported"
  const { data, isLoading, error } = useReviews({
    status,
    q: search || undefined,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = useMemo(
    () => [
      column.accessor("rating", {
        header: "Rating",
        cell: ({ getValue }) => (
          <span className="whitespace-nowrap" title={`${getValue()} of 5`}>
            {"★".repeat(getValue())}
            {"☆".repeat(5 - getValue())}
          </span>
        ),
      }),
      column.accessor("title", {
        header: "Review",
        cell: ({ row }) => {
          const review = row.original
          return (
            <div className="flex max-w-[360px] flex-col gap-y-1 whitespace-normal py-2">
              <Text size="small" weight="plus" leading="compact">
                {review.title}
              </Text>
              <Text size="small" leading="compact" className="text-ui-fg-subtle line-clamp-2" title={review.body}>
                {review.body}
              </Text>
              {review.images.length > 0 && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {review.images.length} {review.images.length === 1 ? "photo" : "photos"}
                </Text>
              )}
              {review.hidden_reason && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  Hidden: {review.hidden_reason}
                </Text>
              )}
            </div>
          )
        },
      }),
      column.accessor("product.title", {
        header: "Product",
        cell: ({ row }) => (
          <Link className={link} to={`/products/${row.original.product.id}`}>
            {row.original.product.title || row.original.product.id}
          </Link>
        ),
      }),
      column.accessor("seller.name", {
        header: "Seller",
        cell: ({ row }) =>
          row.original.seller ? (
            <Link className={link} to={`/sellers/${row.original.seller.id}`}>
              {row.original.seller.name}
            </Link>
          ) : (
            "-"
          ),
      }),
      column.accessor("author.name", {
        header: "Author",
        cell: ({ row }) => (
          <Link className={link} to={`/customers/${row.original.customer_id}`}>
            {row.original.author.name}
          </Link>
        ),
      }),
      column.accessor("reports.open", {
        header: "Open reports",
        cell: ({ row }) => {
          const { open, reasons } = row.original.reports
          if (!open) return "-"
          return (
            <div className="flex flex-wrap items-center gap-1">
              <Text size="small" weight="plus">
                {open}
              </Text>
              {reasons.map((reason) => (
                <Badge key={reason} size="2xsmall">
                  {humanize(reason)}
                </Badge>
              ))}
            </div>
          )
        },
      }),
      column.accessor("helpful_count", { header: "Helpful" }),
      column.accessor("created_at", {
        header: "Date",
        cell: ({ row }) => (
          <span title={row.original.edited_at ? `Edited ${dateTime(row.original.edited_at)}` : undefined}>
            {dateTime(row.original.created_at)}
            {row.original.edited_at && " (edited)"}
          </span>
        ),
      }),
      column.display({ id: "actions", cell: ({ row }) => <Actions review={row.original} onHide={setHiding} /> }),
    ],
    []
  )

  const table = useDataTable({
    columns,
    data: data?.reviews ?? [],
    getRowId: (review) => review.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  // Another list starts on its first page, as the table does itself for its search.
  const changeStatus = (next: string) => {
    setStatus(next as ReviewFilter)
    if (next === "reported") setSearch("")
    setPagination((p) => ({ ...p, pageIndex: 0 }))
  }

  const confirmHide = (review: AdminReview, reason: string | undefined) =>
    hide.mutate(
      { id: review.id, action: "hide", reason },
      {
        onSuccess: () => {
          setHiding(undefined)
          toast.success("Review hidden")
        },
      }
    )

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <Heading>Reviews</Heading>
          <div className="flex items-center gap-x-2">
            <Select size="small" value={status} onValueChange={changeStatus}>
              <Select.Trigger className="w-[160px]" aria-label="Reviews to show">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {FILTERS.map((filter) => (
                  <Select.Item key={filter} value={filter}>
                    {humanize(filter)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            {searchable && <DataTable.Search placeholder="Search title, text or author" />}
          </div>
        </DataTable.Toolbar>
        {error && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {error.message}
          </Text>
        )}
        <DataTable.Table
          emptyState={{
            empty:
              status === "reported"
                ? { heading: "Nothing to review", description: "No published review has an open report." }
                : { heading: `No ${status} reviews` },
            filtered: { heading: "No reviews match", description: "Try another list or search." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      {hiding && (
        <TextPrompt
          title="Hide review"
          description={`"${hiding.title}" by ${hiding.author.name} leaves the product page and the ratings, and its open reports are closed. You can restore it later.`}
          label="Reason (optional)"
          confirm="Hide"
          danger
          pending={hide.isPending}
          onConfirm={(reason) => confirmHide(hiding, reason)}
          onClose={() => setHiding(undefined)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Reviews", icon: Star, rank: 5 })

export const handle = { breadcrumb: () => "Reviews" }

export default ReviewsPage
