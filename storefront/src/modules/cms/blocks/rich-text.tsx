import type { RichTextBlock } from "@/lib/cms/types"
import RichText from "@/modules/cms/components/rich-text"

import type { BlockProps } from "./context"

export default function RichTextBlockView({ block, context }: BlockProps<RichTextBlock>) {
  return (
    <section className="block block--rich-text">
      <RichText content={block.content} locale={context.locale} cmsUrl={context.cmsUrl} />
    </section>
  )
}
