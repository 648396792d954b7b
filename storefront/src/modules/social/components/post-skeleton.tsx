/** Grey stand-ins for post cards while they load; hidden from assistive technology, which hears the status instead. */
export default function PostSkeleton({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="post-skeleton" aria-hidden="true">
          <div className="post-skeleton__author">
            <span className="post-skeleton__avatar" />
            <span className="post-skeleton__line post-skeleton__line--short" />
          </div>
          <div className="post-skeleton__media" />
          <span className="post-skeleton__line" />
          <span className="post-skeleton__line post-skeleton__line--short" />
        </div>
      ))}
    </>
  )
}
