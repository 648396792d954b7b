import type { FooterGlobal } from "@/lib/cms/types"
import { getGlobal } from "@/lib/data/cms/globals"
import { getDictionary } from "@/lib/i18n/dictionaries"
import type { Locale } from "@/lib/i18n/locales"
import CmsLink from "@/modules/cms/components/cms-link"
import CookieSettingsButton from "@/modules/cms/components/cookie-settings-button"

const platformNames: Record<NonNullable<FooterGlobal["socialLinks"]>[number]["platform"], string> = {
  instagram: "Instagram",
  facebook: "Facebook",
  x: "X",
  tiktok: "TikTok",
  youtube: "YouTube",
  pinterest: "Pinterest",
  linkedin: "LinkedIn",
}

/** The footer global's columns, legal and social links; the tagline alone when the CMS is down. */
export default async function Footer({ locale }: { locale: Locale }) {
  const t = getDictionary(locale).footer
  const footer = await getGlobal("footer", locale)
  const columns = footer?.columns ?? []
  const legal = footer?.legalLinks ?? []
  const social = (footer?.socialLinks ?? []).filter(({ url }) => /^https:\/\//.test(url))
  return (
    <footer className="site-footer">
      <div className="container">
        {columns.length > 0 && (
          <nav className="site-footer__columns" aria-label={t.nav}>
            {columns.map((column, index) => (
              <div key={column.id ?? index} className="site-footer__column">
                {column.heading && <h2 className="site-footer__heading">{column.heading}</h2>}
                <ul>
                  {(column.links ?? []).map(({ id, link }, n) => (
                    <li key={id ?? n}>
                      <CmsLink href={link.href} newTab={link.newTab} locale={locale}>
                        {link.label}
                      </CmsLink>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
        )}
        {social.length > 0 && (
          <ul className="site-footer__social" aria-label={t.social}>
            {social.map(({ id, platform, url }, index) => (
              <li key={id ?? index}>
                <a href={url} rel="noopener noreferrer me" target="_blank">
                  {platformNames[platform] ?? platform}
                </a>
              </li>
            ))}
          </ul>
        )}
        <div className="site-footer__bottom">
          <p>{footer?.copyright || t.tagline}</p>
          <nav aria-label={t.legal} className="site-footer__legal">
            {legal.map(({ id, link }, index) => (
              <CmsLink key={id ?? index} href={link.href} newTab={link.newTab} locale={locale}>
                {link.label}
              </CmsLink>
            ))}
            <CookieSettingsButton label={t.cookieSettings} />
          </nav>
        </div>
      </div>
    </footer>
  )
}
