import { Photo } from "@medusajs/icons"
import { Badge, Button, Text, toast, usePrompt } from "@medusajs/ui"
import { ReportAction, useReportAction } from "../hooks/social-reports"
import { dateTime, humanize } from "../lib/format"
import { PostReport } from "../lib/types"
import { Status } from "./status"

const done: Record<ReportAction, string> = { hide: "Post hidden", restore: "Post restored", dismiss: "Report dismissed" }

/** One report of the queue: the reported post, who reported it and why, and what the operator can do. */
export function ReportedPost({ report }: { report: PostReport }) {
  const { post, reporter } = report
  const { mutate, isPending, variables } = useReportAction(report)
  const prompt = usePrompt()

  const run = (action: ReportAction) => mutate(action, { onSuccess: () => toast.success(done[action]) })

  const hide = async () => {
    const confirmed = await prompt({
      title: "Hide post",
      description: `The post by @${post.author.handle} leaves every feed and its open reports are resolved. You can restore it later.`,
      confirmText: "Hide",
      cancelText: "Cancel",
    })
    if (confirmed) run("hide")
  }

  const button = (action: ReportAction, label: string, onClick = () => run(action)) => (
    <Button
      size="small"
      variant={action === "hide" ? "danger" : "secondary"}
      disabled={isPending}
      isLoading={isPending && variables === action}
      onClick={onClick}
    >
      {label}
    </Button>
  )

  return (
    <div className="flex flex-col gap-4 px-6 py-4 md:flex-row">
      <div className="bg-ui-bg-subtle flex h-24 w-24 shrink-0 items-center justify-center overflow-hidden rounded-lg border">
        {post.images[0] ? (
          <a href={post.images[0].url} target="_blank" rel="noreferrer" className="h-full w-full">
            <img src={post.images[0].url} alt="" className="h-full w-full object-cover" />
          </a>
        ) : (
          <Photo className="text-ui-fg-muted" />
        )}
      </div>

      <div className="flex min-w-0 flex-1 flex-col gap-y-2">
        <div className="flex flex-wrap items-center gap-x-2">
          <Text weight="plus">@{post.author.handle}</Text>
          <Badge size="2xsmall">{humanize(post.author.kind)}</Badge>
          <Status value={post.status} />
          <Text size="small" className="text-ui-fg-subtle">
            {post.open_reports} open {post.open_reports === 1 ? "report" : "reports"}
          </Text>
        </div>
        <Text size="small" className="line-clamp-3 whitespace-pre-line" title={post.caption}>
          {post.caption || "No caption."}
        </Text>
        <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg border px-3 py-2">
          <Text size="small" weight="plus">
            {humanize(report.reason)}
          </Text>
          {report.note && (
            <Text size="small" className="whitespace-pre-line">
              {report.note}
            </Text>
          )}
          <Text size="small" className="text-ui-fg-subtle">
            {reporter ? `@${reporter.handle}` : "A deleted profile"}
            {" · reported "}
            {dateTime(report.created_at)}
          </Text>
        </div>
      </div>

      <div className="flex shrink-0 gap-x-2 md:flex-col md:gap-y-2">
        {post.status === "published" && button("hide", "Hide post", hide)}
        {post.status === "hidden" && button("restore", "Restore post")}
        {report.status === "open" && button("dismiss", "Dismiss")}
      </div>
    </div>
  )
}
