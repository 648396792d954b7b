"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"

import { textFields } from "@/lib/account/schemas"
import { formLocale, type FormState } from "@/lib/forms/state"
import type { NotificationMessages } from "@/lib/i18n/messages/notifications"
import { notificationHref } from "@/lib/notifications/links"
import { preferenceChanges, type Preference } from "@/lib/notifications/preferences"

import { asCustomer } from "./as-customer"
import { medusaFetch } from "./customer-reads"

export type NotificationState = FormState<keyof NotificationMessages["messages"]>

// Medusa's notification ids: "noti_" and a ULID.
const ID = /^noti_[A-Za-z0-9]{1,64}$/


/**
 * Form action on a notification: marks it read, then opens the page it is about (when it has one). A notification
 * that could not be marked still opens; the page and the header's bell show the new count.
 */
export async function openNotification(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const { id, path } = textFields(form, ["id", "path"])
  if (ID.test(id)) {
    const outcome = await asCustomer("Notifications", `marking ${id} read`, (token) =>
      medusaFetch(`/store/notifications/${id}/read`, { method: "POST", token, body: {} })
    )
    if (outcome === "expired") redirect(`/${locale}/account?expired=1`)
  }
  refresh()
  const href = notificationHref(locale, path)
  if (href) redirect(href)
}

/** Form action: marks every notification so far read. */
export async function markAllRead(_state: NotificationState, form: FormData): Promise<NotificationState> {
  const outcome = await asCustomer("Notifications", "marking all read", (token) =>
    medusaFetch("/store/notifications/read-all", { method: "POST", token, body: {} })
  )
  if (outcome === "expired") redirect(`/${formLocale(form)}/account?expired=1`)
  if (outcome === "failed") return { status: "failed", message: "failed" }
  refresh()
  return { status: "saved", message: "allRead" }
}

/** Form action: turns the optional notifications on or off per channel; only what changed is sent. */
export async function savePreferences(_state: NotificationState, form: FormData): Promise<NotificationState> {
  const outcome = await asCustomer("Notifications", "saving the settings", async (token) => {
    const { preferences } = await medusaFetch<{ preferences: Preference[] }>("/store/notifications/preferences", {
      token,
    })
    const changes = preferenceChanges(preferences, form)
    if (changes.length === 0) return
    await medusaFetch("/store/notifications/preferences", { method: "POST", token, body: { preferences: changes } })
  })
  if (outcome === "expired") redirect(`/${formLocale(form)}/account?expired=1`)
  if (outcome === "failed") return { status: "failed", message: "failed" }
  refresh()
  return { status: "saved", message: "saved" }
}
