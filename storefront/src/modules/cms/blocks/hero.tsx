import { heroOf } from "@/lib/cms/hero"
import type { HeroBlock } from "@/lib/cms/types"
import Hero from "@/modules/home/components/hero"

import type { BlockProps } from "./context"

export default function HeroBlockView({ block, context }: BlockProps<HeroBlock>) {
  const hero = heroOf(block, context.cmsUrl)
  return hero ? <Hero hero={hero} locale={context.locale} level={context.index === 0 ? 1 : 2} /> : null
}
