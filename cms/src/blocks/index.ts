import type { Block } from 'payload'

import { CallToAction } from './CallToAction/config'
import { Faq } from './Faq/config'
import { FeatureGrid } from './FeatureGrid/config'
import { Form } from './Form/config'
import { Hero } from './Hero/config'
import { MediaText } from './MediaText/config'
import { Metrics } from './Metrics/config'
import { PostsGrid } from './PostsGrid/config'
import { Pricing } from './Pricing/config'
import { ProductCarousel } from './ProductCarousel/config'
import { RichText } from './RichText/config'
import { Testimonials } from './Testimonials/config'

// The blocks a page's layout offers, in the order the editor's block picker lists them.
export const blocks: Block[] = [
  Hero,
  RichText,
  FeatureGrid,
  Metrics,
  Faq,
  Testimonials,
  Pricing,
  CallToAction,
  ProductCarousel,
  PostsGrid,
  MediaText,
  Form,
]
