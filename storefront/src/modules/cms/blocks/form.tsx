import type { FormBlock } from "@/lib/cms/types"
import ContactForm from "@/modules/cms/components/contact-form"

import type { BlockProps } from "./context"

export default function FormBlockView({ block, context }: BlockProps<FormBlock>) {
  return (
    <section className="block block--form">
      {block.heading && <h2 className="block__heading">{block.heading}</h2>}
      {block.intro && <p className="block__intro">{block.intro}</p>}
      <ContactForm
        pageId={String(context.pageId)}
        locale={context.locale}
        submitLabel={block.submitLabel}
        successMessage={block.successMessage}
        t={context.t.form}
      />
    </section>
  )
}
