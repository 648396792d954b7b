import { imageOf } from "@/lib/cms/media"
import type { TestimonialsBlock } from "@/lib/cms/types"

import type { BlockProps } from "./context"

export default function TestimonialsBlockView({ block, context }: BlockProps<TestimonialsBlock>) {
  return (
    <section className="block block--testimonials">
      {block.heading && <h2 className="block__heading">{block.heading}</h2>}
      <ul className="testimonials">
        {block.items.map((item, index) => {
          const avatar = imageOf(item.avatar, context.cmsUrl, "thumbnail")
          return (
            <li key={item.id ?? index}>
              <figure className="testimonial">
                <blockquote>
                  <p>{item.quote}</p>
                </blockquote>
                <figcaption>
                  {/* The name is next to it, so the portrait is decorative. */}
                  {avatar && <img src={avatar.src} alt="" width={48} height={48} loading="lazy" />}
                  <span>
                    <strong>{item.name}</strong>
                    {item.role && <span className="testimonial__role">{item.role}</span>}
                  </span>
                </figcaption>
              </figure>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
