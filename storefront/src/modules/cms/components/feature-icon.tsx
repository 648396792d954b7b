import type { FeatureIcon as Name } from "@/lib/cms/types"

// Simple 24×24 line icons, drawn with currentColor: no icon font or package for eight symbols.
const paths: Record<Name, string> = {
  truck: "M3 7h11v9H3z M14 10h4l3 3v3h-7z M7 20a2 2 0 1 0 0-4a2 2 0 0 0 0 4z M17 20a2 2 0 1 0 0-4a2 2 0 0 0 0 4z",
  shield: "M12 3l8 3v6c0 5-3.5 8-8 9c-4.5-1-8-4-8-9V6z M8.5 12l2.5 2.5l4.5-5",
  heart: "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
  star: "M12 3l2.7 5.6l6.1.9l-4.4 4.3l1 6.1L12 17l-5.4 2.9l1-6.1l-4.4-4.3l6.1-.9z",
  leaf: "M5 20c0-9 6-15 15-15c0 9-6 15-15 15z M5 20l8-8",
  chat: "M4 5h16v11H9l-5 4z M8 9h8 M8 12h5",
  gift: "M4 9h16v4H4z M5 13h14v8H5z M12 9v12 M12 9c-1-3-5-4-5-1.5S10 9 12 9z M12 9c1-3 5-4 5-1.5S14 9 12 9z",
  globe: "M12 21a9 9 0 1 0 0-18a9 9 0 0 0 0 18z M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18",
}

export default function FeatureIcon({ name }: { name: Name }) {
  const d = paths[name]
  if (!d) return null
  return (
    <svg className="feature-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
