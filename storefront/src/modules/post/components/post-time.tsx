import type { Locale } from "@/lib/i18n/locales"
import { fullTime, relativeTime } from "@/lib/post/time"

type Props = { value: string; locale: Locale; className?: string }

/**
 * When a post or comment was written: "5 minutes ago", the full date as a tooltip. Server and browser render it
 * a moment apart and may word it differently; React keeps the browser's without a warning.
 */
export default function PostTime({ value, locale, className }: Props) {
  return (
    <time className={className} dateTime={value} title={fullTime(value, locale)} suppressHydrationWarning>
      {relativeTime(value, new Date(), locale)}
    </time>
  )
}
