import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SOCIAL_MODULE } from "../../../../modules/social"
import SocialModuleService from "../../../../modules/social/service"
import { encodeCursor, pageOf } from "../../../cursor"
import { ReportListQueryType } from "../../../social/validators"

const profileView = (p?: { id: string; handle: string; display_name: string; kind?: string } | null) =>
  p ? { id: p.id, handle: p.handle, display_name: p.display_name, kind: p.kind } : null

/** The report queue: reports with a status (open by default), newest first, each with the reported post. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as ReportListQueryType
  const service: SocialModuleService = req.scope.resolve(SOCIAL_MODULE)
  const page = await service.pageReports(query.status, pageOf(query))
  const reports = page.ids.length ? await service.listPostReports({ id: page.ids }, { relations: ["post", "post.images", "post.profile"] }) : []
  const postIds = [...new Set(reports.map((r) => r.post.id))]
  const [reporters, open] = await Promise.all([
    service.listProfiles({ id: [...new Set(reports.map((r) => r.profile_id))] }),
    service.countOpenReports(postIds),
  ])
  const byId = new Map(reports.map((r) => [r.id, r]))
  res.json({
    reports: page.ids.flatMap((id) => {
      const r = byId.get(id)
      if (!r) return []
      const { post } = r
      return {
        id: r.id,
        reason: r.reason,
        note: r.note,
        status: r.status,
        created_at: r.created_at,
        reporter: profileView(reporters.find((p) => p.id === r.profile_id)),
        post: {
          id: post.id,
          caption: post.caption,
          status: post.status,
          created_at: post.created_at,
          likes_count: post.likes_count,
          comments_count: post.comments_count,
          open_reports: open.get(post.id) ?? 0,
          images: [...post.images].sort((a, b) => a.rank - b.rank).map((i) => ({ url: i.url })),
          author: profileView(post.profile),
        },
      }
    }),
    next_cursor: encodeCursor(page.next),
  })
}
