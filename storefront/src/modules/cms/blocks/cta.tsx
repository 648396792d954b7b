import type { CallToActionBlock } from "@/lib/cms/types"
import CmsLink from "@/modules/cms/components/cms-link"

import type { BlockProps } from "./context"

export default function CallToActionBlockView({ block, context }: BlockProps<CallToActionBlock>) {
  return (
    <section className="block block--cta cta">
      <h2 className="block__heading">{block.heading}</h2>
      {block.text && <p>{block.text}</p>}
      {block.links && block.links.length > 0 && (
        <div className="cta__links">
          {block.links.map(({ id, link, style }, index) => (
            <CmsLink
              key={id ?? index}
              className={`button${style === "secondary" ? "" : " button--primary"}`}
              href={link.href}
              newTab={link.newTab}
              locale={context.locale}
            >
              {link.label}
            </CmsLink>
          ))}
        </div>
      )}
    </section>
  )
}
