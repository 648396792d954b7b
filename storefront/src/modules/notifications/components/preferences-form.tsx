"use client"

import { useActionState } from "react"

import { savePreferences, type NotificationState } from "@/lib/data/notification-actions"
import { idle } from "@/lib/forms/state"
import type { Locale } from "@/lib/i18n/locales"
import type { NotificationMessages } from "@/lib/i18n/messages/notifications"
import { CHANNELS, fieldName, type PreferenceRow } from "@/lib/notifications/preferences"
import FormStatus from "@/modules/common/components/form-status"

type Props = { locale: Locale; rows: PreferenceRow[]; t: Pick<NotificationMessages, "settings" | "types" | "messages"> }

/**
 * One group per notification type with a checkbox per channel (E-mail, In the app). The order notices are shown
 * ticked and disabled, with why; the optional ones are saved together.
 */
export default function PreferencesForm({ locale, rows, t }: Props) {
  const [state, action, pending] = useActionState<NotificationState, FormData>(savePreferences, idle)
  const labels = { email: t.settings.email, in_app: t.settings.inApp }
  const groups = [
    { id: "preferences-transactional", title: t.settings.transactional, rows: rows.filter((row) => !row.optional) },
    { id: "preferences-optional", title: t.settings.optional, rows: rows.filter((row) => row.optional) },
  ]
  return (
    <form action={action} className="form preferences-form">
      <input type="hidden" name="locale" value={locale} />
      {groups
        .filter((group) => group.rows.length > 0)
        .map((group) => (
          <section key={group.id} className="preferences-form__section" aria-labelledby={group.id}>
            <h2 id={group.id}>{group.title}</h2>
            {group.id === "preferences-transactional" && (
              <p id={`${group.id}-hint`} className="account-form__hint">
                {t.settings.transactionalHint}
              </p>
            )}
            {group.rows.map((row) => (
              <fieldset
                key={row.type}
                className="preferences-form__type"
                aria-describedby={row.optional ? undefined : `${group.id}-hint`}
              >
                <legend>{t.types[row.type] ?? row.type}</legend>
                {CHANNELS.filter((channel) => row.channels[channel] !== undefined).map((channel) => {
                  const id = `preference-${row.type}-${channel}`
                  return (
                    <div className="form__check" key={channel}>
                      <input
                        id={id}
                        type="checkbox"
                        name={row.optional ? fieldName(row.type, channel) : undefined}
                        defaultChecked={row.channels[channel]}
                        disabled={!row.optional}
                        data-testid={id}
                      />
                      <label htmlFor={id}>{labels[channel]}</label>
                    </div>
                  )
                })}
                {!row.optional && <span className="preferences-form__always">{t.settings.always}</span>}
              </fieldset>
            ))}
          </section>
        ))}
      <FormStatus state={state} messages={t.messages} />
      <button type="submit" className="button button--primary" disabled={pending} data-testid="save-preferences">
        {pending ? t.settings.saving : t.settings.save}
      </button>
    </form>
  )
}
