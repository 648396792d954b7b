"use server"

import { redirect } from "next/navigation"

import { isLocale, switchLocalePath } from "@/lib/i18n/locales"

import { setLocaleCookie } from "./cookies"

/** Remembers the visitor's language and reloads the current page in it. */
export async function changeLocale(locale: string, path: string): Promise<void> {
  if (!isLocale(locale)) throw new Error(`Unsupported locale "${locale}"`)
  await setLocaleCookie(locale)
  redirect(switchLocalePath(typeof path === "string" ? path : "/", locale))
}
