import { initials } from "@/lib/social/format"

type Props = {
  src: string | null
  /** The profile's name, for the initials shown without a picture. */
  name: string
  size: number
  /** Above the fold (a profile's header): not lazy. */
  eager?: boolean
}

/** A profile's round picture, or its initials. Decorative either way: the name is always written beside it. */
export default function ProfileAvatar({ src, name, size, eager = false }: Props) {
  // Inline, so a picture that is not square is cropped to the circle rather than stretched (base.css sets height: auto).
  const style = { width: size, height: size }
  if (!src) {
    return (
      <span className="avatar avatar--initials" style={{ ...style, fontSize: size * 0.4 }} aria-hidden="true">
        {initials(name)}
      </span>
    )
  }
  return (
    <img
      className="avatar"
      src={src}
      alt=""
      width={size}
      height={size}
      style={style}
      loading={eager ? "eager" : "lazy"}
    />
  )
}
