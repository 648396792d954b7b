import { fill } from "@/lib/i18n/fill"
import type { Locale } from "@/lib/i18n/locales"
import type { AccountMessages } from "@/lib/i18n/messages/account"

import { formatDate } from "../dates"
import type { TimelineStep } from "@/lib/account/timeline"

type Props = { steps: TimelineStep[]; label: string; locale: Locale; t: AccountMessages["timeline"] }

/** A seller's part of an order: placed, paid, shipped (with tracking), delivered; each step says its state in words. */
export default function OrderTimeline({ steps, label, locale, t }: Props) {
  return (
    <ol className="timeline" aria-label={label}>
      {steps.map((step) => (
        <li key={step.key} className={`timeline__step timeline__step--${step.state}`}>
          <span className="timeline__marker" aria-hidden="true" />
          <span className="timeline__label">{t[step.key]}</span>
          <span className="timeline__state">{t.state[step.state]}</span>
          {step.at && (
            <time className="timeline__date" dateTime={step.at}>
              {formatDate(step.at, locale)}
            </time>
          )}
          {step.tracking.length > 0 && (
            <ul className="timeline__tracking">
              {step.tracking.map((tracking) => (
                <li key={tracking.number}>
                  {tracking.url ? (
                    <a href={tracking.url} target="_blank" rel="noopener noreferrer">
                      {fill(t.track, { number: tracking.number })}
                      <span className="visually-hidden"> {t.newTab}</span>
                    </a>
                  ) : (
                    fill(t.trackingNumber, { number: tracking.number })
                  )}
                  {tracking.carrier && ` ${fill(t.carrier, { carrier: tracking.carrier })}`}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  )
}
