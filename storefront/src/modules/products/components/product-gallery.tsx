import { fill, type Dictionary } from "@/lib/i18n/dictionaries"

type Props = { images: string[]; title: string; t: Dictionary["product"] }

export default function ProductGallery({ images, title, t }: Props) {
  if (images.length === 0) return <div className="product-gallery product-gallery--empty" />
  return (
    <section className="product-gallery" aria-label={t.images}>
      {images.map((src, index) => (
        <img
          key={src}
          src={src}
          alt={fill(t.imageAlt, { title, n: index + 1 })}
          loading={index === 0 ? "eager" : "lazy"}
        />
      ))}
    </section>
  )
}
