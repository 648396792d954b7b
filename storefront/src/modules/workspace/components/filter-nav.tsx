import Link from "next/link"

type Props = {
  label: string
  options: { href: string; label: string; current: boolean }[]
}

/** Links that filter a list by status; the active one is marked for assistive technology too. */
export default function FilterNav({ label, options }: Props) {
  return (
    <nav className="filter-nav" aria-label={label}>
      <ul>
        {options.map((option) => (
          <li key={option.href}>
            <Link href={option.href} aria-current={option.current ? "page" : undefined}>
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
