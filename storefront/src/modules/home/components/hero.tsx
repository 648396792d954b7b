import Link from "next/link"

import type { Hero as HeroContent } from "@/lib/data/cms"
import { localizeHref, type Locale } from "@/lib/i18n/locales"

export default function Hero({ hero, locale }: { hero: HeroContent; locale: Locale }) {
  return (
    <section className="hero" data-testid="hero">
      <div className="hero__text">
        <h1 className="hero__heading">{hero.heading}</h1>
        {hero.subheading && <p className="hero__subheading">{hero.subheading}</p>}
        {hero.cta && (
          <Link className="button button--primary" href={localizeHref(locale, hero.cta.href)}>
            {hero.cta.label}
          </Link>
        )}
      </div>
      {hero.image && (
        <img
          className="hero__image"
          src={hero.image.src}
          alt={hero.image.alt}
          width={hero.image.width ?? undefined}
          height={hero.image.height ?? undefined}
        />
      )}
    </section>
  )
}
