import { fill } from "@/lib/i18n/fill"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

type Props = {
  images: { key: string; url: string }[]
  selected: string | null
  t: ComposeMessages["images"]
  onSelect: (key: string) => void
}

/** A published post's images, in order, to choose the one to tag (they cannot be added, removed or reordered). */
export default function ImageThumbs({ images, selected, t, onSelect }: Props) {
  return (
    <ol className="image-thumbs">
      {images.map((image, i) => (
        <li key={image.key}>
          <button
            type="button"
            className="upload-list__thumb"
            aria-pressed={selected === image.key}
            aria-label={fill(t.show, { n: i + 1 })}
            onClick={() => onSelect(image.key)}
          >
            <img src={image.url} alt="" width={160} height={160} loading="lazy" />
          </button>
        </li>
      ))}
    </ol>
  )
}
