import { imageOf } from "@/lib/cms/media"
import type { MediaTextBlock } from "@/lib/cms/types"
import RichText from "@/modules/cms/components/rich-text"

import type { BlockProps } from "./context"

export default function MediaTextBlockView({ block, context }: BlockProps<MediaTextBlock>) {
  const image = imageOf(block.image, context.cmsUrl, "card")
  return (
    <section className={`block media-text${block.imagePosition === "right" ? " media-text--right" : ""}`}>
      {image && (
        <img
          className="media-text__image"
          src={image.src}
          alt={image.alt}
          width={image.width ?? undefined}
          height={image.height ?? undefined}
          loading="lazy"
        />
      )}
      <div className="media-text__text">
        {block.heading && <h2 className="block__heading">{block.heading}</h2>}
        <RichText content={block.content} locale={context.locale} cmsUrl={context.cmsUrl} />
      </div>
    </section>
  )
}
