import { faqJsonLd, serializeJsonLd } from "@/lib/cms/json-ld"
import type { FaqBlock } from "@/lib/cms/types"

import type { BlockProps } from "./context"

export default function FaqBlockView({ block }: BlockProps<FaqBlock>) {
  const jsonLd = faqJsonLd(block.items)
  return (
    <section className="block block--faq">
      {block.heading && <h2 className="block__heading">{block.heading}</h2>}
      <div className="faq">
        {block.items.map((item, index) => (
          <details key={item.id ?? index} className="faq__item">
            <summary>{item.question}</summary>
            <p>{item.answer}</p>
          </details>
        ))}
      </div>
      {jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />}
    </section>
  )
}
