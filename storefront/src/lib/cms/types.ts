// The CMS documents as the storefront reads them over REST (see /api docs of the CMS and the content
// contract). Relationships are populated at the depths the readers ask for; an unpopulated one is its id.

export type Id = number | string
export type Rel<T> = T | Id | null | undefined

type Size = { url?: string | null; width?: number | null; height?: number | null }

export type Media = {
  id: Id
  url?: string | null
  alt?: string | null
  caption?: string | null
  width?: number | null
  height?: number | null
  sizes?: { thumbnail?: Size | null; card?: Size | null; hero?: Size | null } | null
}

export type Link = { label: string; href: string; newTab?: boolean | null }

export type Meta = { title?: string | null; description?: string | null; image?: Rel<Media> } | null

// Lexical's serialized editor state; only the node fields the renderer reads.
export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: "bullet" | "number" | "check"
  checked?: boolean
  url?: string
  fields?: {
    url?: string | null
    newTab?: boolean | null
    linkType?: "custom" | "internal"
    doc?: { relationTo: string; value: Rel<{ slug?: string | null }> } | null
  } | null
  value?: Rel<Media>
  relationTo?: string
}
export type RichText = { root: LexicalNode } | null | undefined

type B<T extends string, F> = F & { blockType: T; id?: string | null; blockName?: string | null }

export type HeroBlock = B<
  "hero",
  { heading: string; subheading?: string | null; image?: Rel<Media>; ctaLabel?: string | null; ctaHref?: string | null }
>
export type RichTextBlock = B<"richText", { content: RichText }>
export const featureIcons = ["truck", "shield", "heart", "star", "leaf", "chat", "gift", "globe"] as const
export type FeatureIcon = (typeof featureIcons)[number]
export type FeatureGridBlock = B<
  "featureGrid",
  { heading?: string | null; features: { id?: string | null; icon?: FeatureIcon | null; title: string; text?: string | null }[] }
>
export type MetricsBlock = B<
  "metrics",
  { heading?: string | null; items: { id?: string | null; value: string; label: string }[] }
>
export type FaqItem = { id?: string | null; question: string; answer: string }
export type FaqBlock = B<"faq", { heading?: string | null; items: FaqItem[] }>
export type TestimonialsBlock = B<
  "testimonials",
  {
    heading?: string | null
    items: { id?: string | null; quote: string; name: string; role?: string | null; avatar?: Rel<Media> }[]
  }
>
export type PricingBlock = B<
  "pricing",
  {
    heading?: string | null
    intro?: string | null
    tiers: {
      id?: string | null
      name: string
      price: string
      period?: string | null
      features?: { id?: string | null; text: string }[] | null
      ctaLabel?: string | null
      ctaHref?: string | null
      highlighted?: boolean | null
    }[]
  }
>
export type CallToActionBlock = B<
  "cta",
  {
    heading: string
    text?: string | null
    links?: { id?: string | null; link: Link; style?: "primary" | "secondary" | null }[] | null
  }
>
export type ProductCarouselBlock = B<
  "productCarousel",
  {
    heading?: string | null
    source: "collection" | "category" | "handles"
    collectionHandle?: string | null
    categoryHandle?: string | null
    handles?: string[] | null
    limit?: number | null
  }
>
export type PostsGridBlock = B<
  "postsGrid",
  { heading?: string | null; source: "hashtag" | "profile"; hashtag?: string | null; profileHandle?: string | null; limit?: number | null }
>
export type MediaTextBlock = B<
  "mediaText",
  { image: Rel<Media>; heading?: string | null; content?: RichText; imagePosition?: "left" | "right" | null }
>
export type FormBlock = B<
  "form",
  { heading?: string | null; intro?: string | null; submitLabel: string; successMessage: string }
>

export type Block =
  | HeroBlock
  | RichTextBlock
  | FeatureGridBlock
  | MetricsBlock
  | FaqBlock
  | TestimonialsBlock
  | PricingBlock
  | CallToActionBlock
  | ProductCarouselBlock
  | PostsGridBlock
  | MediaTextBlock
  | FormBlock
export type BlockType = Block["blockType"]

export type Page = {
  id: Id
  title: string
  slug: string
  // Blocks this storefront does not know yet are skipped when rendering.
  layout?: (Block | { blockType: string })[] | null
  meta?: Meta
  publishedAt?: string | null
}

export type Category = { id: Id; title: string; slug: string }

export type Article = {
  id: Id
  title: string
  slug: string
  cover?: Rel<Media>
  excerpt?: string | null
  content: RichText
  author: string
  categories?: Rel<Category>[] | null
  publishedAt?: string | null
  meta?: Meta
}

export type Paginated<T> = { docs: T[]; totalDocs: number; totalPages: number; page?: number; limit: number }

export type HeaderGlobal = { navItems?: { id?: string | null; link: Link }[] | null }

export const socialPlatforms = ["instagram", "facebook", "x", "tiktok", "youtube", "pinterest", "linkedin"] as const
export type SocialPlatform = (typeof socialPlatforms)[number]
export type FooterGlobal = {
  columns?: { id?: string | null; heading?: string | null; links?: { id?: string | null; link: Link }[] | null }[] | null
  legalLinks?: { id?: string | null; link: Link }[] | null
  socialLinks?: { id?: string | null; platform: SocialPlatform; url: string }[] | null
  copyright?: string | null
}

export type ConsentKey = "necessary" | "analytics" | "marketing"
export type CookieConsentGlobal = {
  title?: string | null
  text?: string | null
  acceptAllLabel?: string | null
  rejectAllLabel?: string | null
  saveLabel?: string | null
  categories?: { id?: string | null; key: ConsentKey; label?: string | null; description?: string | null; required?: boolean | null }[] | null
}

export type SiteSettings = {
  siteName?: string | null
  tagline?: string | null
  defaultMeta?: Meta
  blogPageSize?: number | null
}

export type Redirect = { from: string; to: string; permanent?: boolean | null }
