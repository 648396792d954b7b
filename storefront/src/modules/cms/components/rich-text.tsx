import { renderRichText } from "@/lib/cms/rich-text"
import type { RichText as Content } from "@/lib/cms/types"
import type { Locale } from "@/lib/i18n/locales"

type Props = { content: Content; locale: Locale; cmsUrl: string; className?: string }

export default function RichText({ content, locale, cmsUrl, className }: Props) {
  const body = renderRichText(content, { locale, cmsUrl })
  return body ? <div className={`rich-text ${className ?? ""}`.trim()}>{body}</div> : null
}
