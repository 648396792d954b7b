import { preload } from "react-dom"

import type { Dictionary } from "@/lib/i18n/dictionaries"
import { fill } from "@/lib/i18n/fill"

type Props = { images: string[]; title: string; t: Dictionary["product"] }

// The gallery's box is square (product.css); the size attributes only give the browser that ratio up front.
const SIZE = 800

export default function ProductGallery({ images, title, t }: Props) {
  if (images.length === 0) return <div className="product-gallery product-gallery--empty" />
  // The first image is the page's largest paint: fetch it with the document, ahead of scripts and styles.
  preload(images[0], { as: "image", fetchPriority: "high" })
  return (
    <section className="product-gallery" aria-label={t.images}>
      {images.map((src, index) => (
        <img
          key={src}
          src={src}
          alt={fill(t.imageAlt, { title, n: index + 1 })}
          width={SIZE}
          height={SIZE}
          loading={index === 0 ? "eager" : "lazy"}
          fetchPriority={index === 0 ? "high" : "auto"}
          decoding={index === 0 ? "sync" : "async"}
        />
      ))}
    </section>
  )
}
