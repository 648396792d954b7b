import Link from "next/link"

import type { Locale } from "@/lib/i18n/locales"
import type { SocialMessages } from "@/lib/i18n/messages/social"
import { FEED_TABS, tabHref, type FeedTab } from "@/lib/social/tabs"

type Props = { current: FeedTab; locale: Locale; t: SocialMessages["feed"] }

const labels = { following: "following", explore: "explore", "for-you": "forYou" } as const

/** The feed's tabs: links (each is its own page), the current one marked for assistive technology. */
export default function FeedTabs({ current, locale, t }: Props) {
  return (
    <nav className="feed-tabs" aria-label={t.tabs}>
      <ul>
        {FEED_TABS.map((tab) => (
          <li key={tab}>
            <Link href={tabHref(locale, tab)} aria-current={tab === current ? "page" : undefined}>
              {t[labels[tab]]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
