import type { Hero as HeroContent } from "@/lib/cms/hero"
import type { Locale } from "@/lib/i18n/locales"
import CmsLink from "@/modules/cms/components/cms-link"

type Props = { hero: HeroContent; locale: Locale; /** h1 at the top of a page, h2 further down. */ level?: 1 | 2 }

export default function Hero({ hero, locale, level = 1 }: Props) {
  const Heading = level === 1 ? "h1" : "h2"
  return (
    <section className="hero" data-testid="hero">
      <div className="hero__text">
        <Heading className="hero__heading">{hero.heading}</Heading>
        {hero.subheading && <p className="hero__subheading">{hero.subheading}</p>}
        {hero.cta && (
          <CmsLink className="button button--primary" href={hero.cta.href} locale={locale}>
            {hero.cta.label}
          </CmsLink>
        )}
      </div>
      {hero.image && (
        <img
          className="hero__image"
          src={hero.image.src}
          alt={hero.image.alt}
          width={hero.image.width ?? undefined}
          height={hero.image.height ?? undefined}
          fetchPriority={level === 1 ? "high" : undefined}
        />
      )}
    </section>
  )
}
