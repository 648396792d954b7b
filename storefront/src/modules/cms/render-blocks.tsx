import type { ReactNode } from "react"

import type { Block, BlockType, Page } from "@/lib/cms/types"

import CallToActionBlockView from "./blocks/cta"
import type { BlockContext, BlockProps } from "./blocks/context"
import FaqBlockView from "./blocks/faq"
import FeatureGridBlockView from "./blocks/feature-grid"
import FormBlockView from "./blocks/form"
import HeroBlockView from "./blocks/hero"
import MediaTextBlockView from "./blocks/media-text"
import MetricsBlockView from "./blocks/metrics"
import PostsGridBlockView from "./blocks/posts-grid"
import PricingBlockView from "./blocks/pricing"
import ProductCarouselBlockView from "./blocks/product-carousel"
import RichTextBlockView from "./blocks/rich-text"
import TestimonialsBlockView from "./blocks/testimonials"

type Component<B> = (props: BlockProps<B>) => ReactNode | Promise<ReactNode>

// One component per block type; the mapped type makes a missing or mistyped entry a compile error.
const components: { [T in BlockType]: Component<Extract<Block, { blockType: T }>> } = {
  hero: HeroBlockView,
  richText: RichTextBlockView,
  featureGrid: FeatureGridBlockView,
  metrics: MetricsBlockView,
  faq: FaqBlockView,
  testimonials: TestimonialsBlockView,
  pricing: PricingBlockView,
  cta: CallToActionBlockView,
  productCarousel: ProductCarouselBlockView,
  postsGrid: PostsGridBlockView,
  mediaText: MediaTextBlockView,
  form: FormBlockView,
}

function isKnown(block: { blockType: string }): block is Block {
  return Object.hasOwn(components, block.blockType)
}

/** Whether the first block shown is a hero, which then carries the page's h1. */
export function startsWithHero(layout: Page["layout"]): boolean {
  return (layout ?? []).find(isKnown)?.blockType === "hero"
}

type Props = { layout: Page["layout"]; context: Omit<BlockContext, "index"> }

/** A page's blocks in order; blocks this storefront does not know yet are skipped. */
export default function RenderBlocks({ layout, context }: Props) {
  return (layout ?? []).filter(isKnown).map((block, index) => {
    // TypeScript cannot pair a union member with its map entry; the map's type guarantees the match.
    const View = components[block.blockType] as Component<Block>
    return <View key={block.id ?? index} block={block} context={{ ...context, index }} />
  })
}
