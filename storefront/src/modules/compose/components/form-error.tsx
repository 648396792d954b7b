import type { Locale } from "@/lib/i18n/locales"
import type { ComposeMessages } from "@/lib/i18n/messages/compose"

import type { WriteFailure } from "./use-write"

type Props = { locale: Locale; failure: WriteFailure | null; t: ComposeMessages["errors"] }

/**
 * Why the last publish, save or delete failed, in an alert that is always present so it is announced when filled.
 * An expired sign-in links to the sign-in page in a new tab, so the draft in this one survives.
 */
export default function FormError({ locale, failure, t }: Props) {
  return (
    <div className="compose__error" role="alert">
      {failure && (
        <p>
          {failure.message}{" "}
          {failure.expired && (
            <a href={`/${locale}/account`} target="_blank" rel="noopener">
              {t.signIn}
            </a>
          )}
        </p>
      )}
    </div>
  )
}
