import "server-only"

import { cache } from "react"

import type { Locale } from "@/lib/i18n/locales"
import type { Preference } from "@/lib/notifications/preferences"
import { PAGE_SIZE } from "@/lib/notifications/paging"
import { messageOf } from "@/lib/util/errors"

import { getAuthToken } from "./cookies"
import { forgetToken, medusaFetch, statusOf } from "./customer-reads"

/** An in-app notification, rendered by the backend in the language asked for. */
export type Notification = {
  id: string
  type: string
  title: string
  body: string
  /** The storefront page it is about, after the locale ("/u/eleni"); null when it leads nowhere. */
  path: string | null
  read: boolean
  created_at: string
}

export type NotificationPage = {
  notifications: Notification[]
  count: number
  offset: number
  limit: number
  unread_count: number
}

async function customerToken(): Promise<string> {
  const token = await getAuthToken()
  if (!token) throw new Error("Notifications are read for a signed-in customer only")
  return token
}

/** A page of the signed-in customer's notifications, newest first, in `locale`. Never cached: one customer's own. */
export async function listNotifications(offset: number, locale: Locale): Promise<NotificationPage> {
  return medusaFetch<NotificationPage>("/store/notifications", {
    token: await customerToken(),
    query: { limit: PAGE_SIZE, offset, locale },
  })
}

/**
 * How many notifications the signed-in customer has not read, for the header's bell; null for a guest (without a
 * call to the backend), an expired token, or when the backend cannot say (logged). Read once per request.
 */
export const unreadCount = cache(async (locale: Locale): Promise<number | null> => {
  const token = await getAuthToken()
  if (!token) return null
  try {
    const page = await medusaFetch<NotificationPage>("/store/notifications", {
      token,
      query: { limit: 1, offset: 0, locale },
    })
    return page.unread_count
  } catch (error) {
    if (statusOf(error) === 401) await forgetToken()
    else console.error(`Unread notifications unavailable: ${messageOf(error)}`)
    return null
  }
})

/** Every type the signed-in customer gets, per channel, on or off; transactional ones are not optional. */
export async function notificationPreferences(): Promise<Preference[]> {
  const { preferences } = await medusaFetch<{ preferences: Preference[] }>("/store/notifications/preferences", {
    token: await customerToken(),
  })
  return preferences
}
