import type { MetricsBlock } from "@/lib/cms/types"

import type { BlockProps } from "./context"

export default function MetricsBlockView({ block }: BlockProps<MetricsBlock>) {
  return (
    <section className="block block--metrics">
      {block.heading && <h2 className="block__heading">{block.heading}</h2>}
      <dl className="metrics">
        {block.items.map((item, index) => (
          <div key={item.id ?? index} className="metrics__item">
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
