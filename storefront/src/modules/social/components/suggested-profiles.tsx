import Link from "next/link"

import { suggestProfiles } from "@/lib/data/feed"
import type { Profile } from "@/lib/data/social"
import type { Locale } from "@/lib/i18n/locales"
import type { SocialMessages } from "@/lib/i18n/messages/social"
import type { Author } from "@/lib/social/suggestions"

import FollowButton from "./follow-button"
import ProfileAvatar from "./profile-avatar"

type Props = { me: Profile | null; locale: Locale; t: Pick<SocialMessages, "suggestions" | "follow"> }

/**
 * "People to follow" under an empty Following feed: authors of explore's best posts the reader does not follow yet.
 * Left out when there are none or they cannot be read (logged).
 */
export default async function SuggestedProfiles({ me, locale, t }: Props) {
  let authors: Author[]
  try {
    authors = await suggestProfiles(me)
  } catch (error) {
    console.error(`Profile suggestions unavailable: ${(error as Error).message}`)
    return null
  }
  if (authors.length === 0) return null
  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t.suggestions.title}</h2>
      <ul className="suggestions__list">
        {authors.map((author) => (
          <li key={author.id} className="suggestion">
            <ProfileAvatar src={author.avatar_url} name={author.display_name} size={48} />
            <Link
              href={`/${locale}/u/${author.handle}`}
              className="suggestion__name"
              id={`suggestion-${author.handle}`}
            >
              <strong>{author.display_name}</strong>
              <span className="suggestion__handle">@{author.handle}</span>
            </Link>
            <FollowButton
              handle={author.handle}
              following={false}
              locale={locale}
              t={t.follow}
              describedBy={`suggestion-${author.handle}`}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
