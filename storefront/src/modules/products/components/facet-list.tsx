import Link from "next/link"

type Item = { id: string; handle: string; label: string }

type Props = {
  /** Names the heading the nav is labelled by. */
  id: string
  heading: string
  items: Item[]
  active: string | null
  /** The listing for an item, keeping the shopper's other choices. */
  hrefOf: (handle: string) => string
  /** A first link that lifts the choice (e.g. all categories); none when there is no such listing. */
  all?: { label: string; href: string }
  className?: string
}

/** A catalog facet as links (categories, collections); the current one is marked; left out when empty. */
export default function FacetList({ id, heading, items, active, hrefOf, all, className = "" }: Props) {
  if (items.length === 0 && !all) return null
  return (
    <nav className={`category-list ${className}`.trim()} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="category-list__heading">
        {heading}
      </h2>
      <ul>
        {all && (
          <li>
            <Link href={all.href} aria-current={active === null ? "page" : undefined}>
              {all.label}
            </Link>
          </li>
        )}
        {items.map((item) => (
          <li key={item.id}>
            <Link href={hrefOf(item.handle)} aria-current={active === item.handle ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
