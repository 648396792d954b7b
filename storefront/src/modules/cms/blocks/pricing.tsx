import type { PricingBlock } from "@/lib/cms/types"
import CmsLink from "@/modules/cms/components/cms-link"

import type { BlockProps } from "./context"

export default function PricingBlockView({ block, context }: BlockProps<PricingBlock>) {
  return (
    <section className="block block--pricing">
      {block.heading && <h2 className="block__heading">{block.heading}</h2>}
      {block.intro && <p className="block__intro">{block.intro}</p>}
      <ul className="pricing">
        {block.tiers.map((tier, index) => (
          <li key={tier.id ?? index} className={`pricing__tier${tier.highlighted ? " pricing__tier--highlighted" : ""}`}>
            {tier.highlighted && <p className="pricing__badge">{context.t.pricing.highlighted}</p>}
            <h3>{tier.name}</h3>
            <p className="pricing__price">
              <strong>{tier.price}</strong>
              {tier.period && <span> {tier.period}</span>}
            </p>
            {tier.features && tier.features.length > 0 && (
              <ul className="pricing__features">
                {tier.features.map((feature, n) => (
                  <li key={feature.id ?? n}>{feature.text}</li>
                ))}
              </ul>
            )}
            {tier.ctaLabel && tier.ctaHref && (
              <CmsLink
                className={`button${tier.highlighted ? " button--primary" : ""}`}
                href={tier.ctaHref}
                locale={context.locale}
              >
                {tier.ctaLabel}
              </CmsLink>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
