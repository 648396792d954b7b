import type { Dictionary } from "@/lib/i18n/dictionaries"

import LivePreview from "./live-preview"

/** Shown in draft mode: says the page is a preview and how to leave it. */
export default function PreviewBar({ cmsUrl, t }: { cmsUrl: string; t: Dictionary["preview"] }) {
  return (
    <div className="preview-bar" role="status">
      <span>{t.notice}</span>
      {/* A plain link: the route handler must run to clear the draft-mode cookie. */}
      <a href="/api/preview/exit">{t.exit}</a>
      <LivePreview serverURL={cmsUrl} />
    </div>
  )
}
