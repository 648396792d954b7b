import Link from "next/link"

import type { Profile } from "@/lib/data/social"
import type { Locale } from "@/lib/i18n/locales"
import type { SocialMessages } from "@/lib/i18n/messages/social"
import { countText } from "@/lib/social/format"

import FollowButton from "./follow-button"
import ProfileAvatar from "./profile-avatar"

type Props = {
  profile: Profile
  locale: Locale
  /** Whose page it is to the reader: their own, someone else's (signed in), or a guest's view. */
  viewer: "self" | "customer" | "guest"
  t: Pick<SocialMessages, "profile" | "follow">
}

/** A profile's picture, name, handle, bio and counts, with what the reader can do: follow, sign in, or edit. */
export default function ProfileHeader({ profile, locale, viewer, t }: Props) {
  const p = t.profile
  return (
    <header className="profile-header">
      <ProfileAvatar src={profile.avatar_url} name={profile.display_name} size={96} eager />
      <div className="profile-header__body">
        <h1 className="profile-header__name">{profile.display_name}</h1>
        <p className="profile-header__handle">
          @{profile.handle}
          {profile.kind === "seller" && <span className="profile-header__badge">{p.seller}</span>}
        </p>
        {profile.bio && <p className="profile-header__bio">{profile.bio}</p>}
        <ul className="profile-header__stats" aria-label={p.stats}>
          <li>{countText(profile.posts_count, locale, p.posts)}</li>
          <li>{countText(profile.followers_count, locale, p.followers)}</li>
          <li>{countText(profile.following_count, locale, p.following)}</li>
        </ul>
        <div className="profile-header__actions">
          {viewer === "self" && (
            <Link href={`/${locale}/account/social`} className="button">
              {p.edit}
            </Link>
          )}
          {viewer === "guest" && (
            <Link href={`/${locale}/account`} className="button button--primary">
              {t.follow.signIn}
            </Link>
          )}
          {viewer === "customer" && (
            <FollowButton
              handle={profile.handle}
              following={profile.followed_by_me ?? false}
              locale={locale}
              t={t.follow}
              refresh
            />
          )}
        </div>
      </div>
    </header>
  )
}
