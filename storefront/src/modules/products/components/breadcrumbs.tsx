import Link from "next/link"

type Props = { items: { name: string; href: string }[]; label: string }

/** The path to this page; the last item is the page itself (aria-current), as in the ARIA practices. */
export default function Breadcrumbs({ items, label }: Props) {
  return (
    <nav className="breadcrumbs" aria-label={label}>
      <ol>
        {items.map((item, index) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={index === items.length - 1 ? "page" : undefined}>
              {item.name}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
