import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Heading, Tabs, Text } from "@medusajs/ui"
import { ReportedPost } from "../../components/reported-post"
import { usePostReports } from "../../hooks/social-reports"
import { humanize } from "../../lib/format"
import { ReportStatus } from "../../lib/types"

const STATUSES: ReportStatus[] = ["open", "resolved", "dismissed"]

/** Reports of one status, newest first; a worked report leaves the open list when it refetches. */
const Reports = ({ status }: { status: ReportStatus }) => {
  const { data, isLoading, error, hasNextPage, fetchNextPage, isFetchingNextPage } = usePostReports(status)
  const reports = data?.pages.flatMap((page) => page.reports) ?? []

  if (isLoading) return null
  if (error || !reports.length) {
    return (
      <Text size="small" className={error ? "text-ui-fg-error px-6 py-8" : "text-ui-fg-subtle px-6 py-8 text-center"}>
        {error?.message ?? (status === "open" ? "Nothing to review: no post is reported." : `No ${status} reports.`)}
      </Text>
    )
  }

  return (
    <div className="divide-y">
      {reports.map((report) => (
        <ReportedPost key={report.id} report={report} />
      ))}
      {hasNextPage && (
        <div className="flex justify-center px-6 py-4">
          <Button size="small" variant="secondary" isLoading={isFetchingNextPage} onClick={() => fetchNextPage()}>
            Load more
          </Button>
        </div>
      )}
    </div>
  )
}

const SocialReportsPage = () => (
  <Container className="p-0">
    <Tabs defaultValue="open">
      <div className="flex items-center justify-between border-b px-6 py-4">
        <Heading>Reports</Heading>
        <Tabs.List>
          {STATUSES.map((status) => (
            <Tabs.Trigger key={status} value={status}>
              {humanize(status)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </div>
      {STATUSES.map((status) => (
        <Tabs.Content key={status} value={status}>
          <Reports status={status} />
        </Tabs.Content>
      ))}
    </Tabs>
  </Container>
)

export const config = defineRouteConfig({ label: "Reports", icon: ExclamationCircle, rank: 4 })

export const handle = { breadcrumb: () => "Reports" }

export default SocialReportsPage
