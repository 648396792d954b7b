import type { Metadata, ResolvingMetadata } from "next"
import { notFound } from "next/navigation"

import { getConfig } from "@/lib/config"
import { retrieveCustomer } from "@/lib/data/customer-reads"
import { getPost, listComments, type CommentPage } from "@/lib/data/post"
import { retrieveMyProfile } from "@/lib/data/social"
import { customerVerification } from "@/lib/data/verification-reads"
import { getDictionary } from "@/lib/i18n/dictionaries"
import { isLocale } from "@/lib/i18n/locales"
import { postMetadata, postTitle } from "@/lib/post/metadata"
import CommentSection from "@/modules/post/components/comment-section"
import VerifyNotice from "@/modules/security/components/verify-notice"
import PostCard from "@/modules/social/components/post-card"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props, parent: ResolvingMetadata): Promise<Metadata> {
  const { locale, id } = await params
  if (!isLocale(locale)) return {}
  const post = await getPost(id)
  if (!post) return { title: getDictionary(locale).notFound.title }
  return postMetadata({
    origin: getConfig().storefrontUrl,
    locale,
    post,
    image: post.images[0]?.url ?? null,
    by: getDictionary(locale).post.by,
    siteName: (await parent).openGraph?.siteName ?? undefined,
  })
}

/** The first page of comments; the post stands without them when they cannot be read (logged). */
async function firstComments(postId: string): Promise<CommentPage | null> {
  try {
    return await listComments(postId)
  } catch (error) {
    console.error(`Comments of ${postId} unavailable: ${(error as Error).message}`)
    return null
  }
}

/**
 * A post's page: the card (its first image is the page's largest paint) and, for a published post, its comments.
 * Unknown, deleted and hidden posts (to anyone but their author) are 404.
 */
export default async function PostPage({ params }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const post = await getPost(id)
  if (!post) notFound()
  const t = getDictionary(locale).post
  const published = post.status === "published"
  const [customer, profile, comments, verification] = await Promise.all([
    retrieveCustomer(),
    retrieveMyProfile(),
    published ? firstComments(post.id) : null,
    published ? customerVerification() : null,
  ])
  const viewerHandle = profile?.handle ?? null
  return (
    <div className="post-page">
      <h1 className="visually-hidden">{postTitle(post.caption, post.author.display_name, t.by)}</h1>
      <PostCard post={post} locale={locale} t={t} viewerHandle={viewerHandle} signedIn={Boolean(customer)} priority />
      {published && (
        <CommentSection
          postId={post.id}
          postAuthor={post.author.handle}
          initial={comments}
          viewerHandle={viewerHandle}
          signedIn={Boolean(customer)}
          verified={verification?.verified ?? true}
          verifyNotice={
            customer && (
              <VerifyNotice
                locale={locale}
                email={verification?.email ?? customer.email}
                hint={getDictionary(locale).security.notice.comment}
              />
            )
          }
          locale={locale}
          t={t}
        />
      )}
    </div>
  )
}
