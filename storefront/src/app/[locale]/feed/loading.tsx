import PostSkeleton from "@/modules/social/components/post-skeleton"

/** While the feed's first page is read: the page's shape, so nothing jumps when it arrives. */
export default function FeedLoading() {
  return (
    <div className="feed">
      <div className="feed__main" aria-hidden="true">
        <div className="feed__header">
          <span className="skeleton skeleton--heading" />
        </div>
        <span className="skeleton skeleton--tabs" />
        <div className="post-feed__list">
          <PostSkeleton count={2} />
        </div>
      </div>
    </div>
  )
}
