import { starFills } from "@/lib/reviews/rating"

type Props = { value: number; label: string; size?: "small" | "large" }

/**
 * Five stars for a rating or an average (to the nearest half), read out as one image with `label` ("4.5 out of 5
 * stars"). Empty stars are outlined, so the value does not rest on colour alone.
 */
export default function Stars({ value, label, size }: Props) {
  return (
    <span className={`stars${size ? ` stars--${size}` : ""}`} role="img" aria-label={label}>
      {starFills(value).map((fill, i) => (
        <span key={i} className={`stars__star stars__star--${fill}`} aria-hidden="true">
          {fill === "empty" ? "☆" : "★"}
        </span>
      ))}
    </span>
  )
}
