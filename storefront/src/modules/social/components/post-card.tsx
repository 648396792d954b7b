import type { SocialPost } from "@/lib/data/social"
import type { Dictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"

export type PostCardProps = {
  post: SocialPost
  locale: Locale
  t: Dictionary["post"]
  /** The reader's own profile handle; null for a guest or a customer without a profile. */
  viewerHandle: string | null
  /** Whether a customer is signed in (liking, commenting and reporting need one). */
  signedIn: boolean
  /** The first card on a page: its first image loads eagerly with high priority. */
  priority?: boolean
}

/** Placeholder until the post card lands: the author and caption. */
export default function PostCard({ post }: PostCardProps) {
  return (
    <article className="post">
      <p>@{post.author.handle}</p>
      <p>{post.caption}</p>
    </article>
  )
}
