import type { FeatureGridBlock } from "@/lib/cms/types"
import FeatureIcon from "@/modules/cms/components/feature-icon"

import type { BlockProps } from "./context"

export default function FeatureGridBlockView({ block }: BlockProps<FeatureGridBlock>) {
  return (
    <section className="block block--features">
      {block.heading && <h2 className="block__heading">{block.heading}</h2>}
      <ul className="feature-grid">
        {block.features.map((feature, index) => (
          <li key={feature.id ?? index} className="feature-grid__item">
            {feature.icon && <FeatureIcon name={feature.icon} />}
            <h3>{feature.title}</h3>
            {feature.text && <p>{feature.text}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}
