"use server"

import { updateTag } from "next/cache"
import { redirect } from "next/navigation"

import { textFields } from "@/lib/account/schemas"
import { formLocale } from "@/lib/forms/state"
import { PROFILE_FIELDS, type ProfileFormState } from "@/lib/social/profile-fields"
import { apiFieldErrors, parseProfileForm } from "@/lib/social/profile-form"
import { followSchema, nextGridPageSchema, nextPageSchema } from "@/lib/social/source"
import { messageOf } from "@/lib/util/errors"

import { getAuthToken, removeAuthToken } from "./cookies"
import { medusaFetch, statusOf } from "./customer-reads"
import { getFeedPage, getGridPage, getHashtagPage, profileTag, type GridPost } from "./feed"
import type { Profile, SocialPost } from "./social"
import { tags } from "./tags"

/** A next page as the browser gets it. Failures come back as values: thrown errors reach it without their message. */
export type PageResult<T> = { ok: true; posts: T[]; nextCursor: string | null } | { ok: false; reason: Refusal }

/** `signIn`: the action needs a signed-in customer (none, or the session ended); `failed`: anything else. */
type Refusal = "signIn" | "failed"

function refusal(error: unknown, what: string): { ok: false; reason: Refusal } {
  if (statusOf(error) === 401) return { ok: false, reason: "signIn" }
  console.error(`Social: ${what} failed: ${messageOf(error)}`)
  return { ok: false, reason: "failed" }
}

/** The next page of a feed tab or of a hashtag's posts (the infinite list's). */
export async function loadPosts(input: unknown): Promise<PageResult<SocialPost>> {
  const parsed = nextPageSchema.safeParse(input)
  if (!parsed.success) return { ok: false, reason: "failed" }
  const { source, cursor } = parsed.data
  try {
    const page =
      source.kind === "feed" ? await getFeedPage(source.tab, cursor) : await getHashtagPage(source.tag, cursor)
    return { ok: true, ...page }
  } catch (error) {
    return refusal(error, `the next page of ${JSON.stringify(source)}`)
  }
}

/** The next page of a profile's posts grid. */
export async function loadGridPosts(input: unknown): Promise<PageResult<GridPost>> {
  const parsed = nextGridPageSchema.safeParse(input)
  if (!parsed.success) return { ok: false, reason: "failed" }
  try {
    return { ok: true, ...(await getGridPage(parsed.data.handle, parsed.data.cursor)) }
  } catch (error) {
    return refusal(error, `the next grid page of ${parsed.data.handle}`)
  }
}

export type FollowResult = { ok: true; following: boolean } | { ok: false; reason: Refusal }

/**
 * Follows or unfollows a profile for the signed-in customer (whose own profile the backend makes on a first follow).
 * Nothing is revalidated here: that would re-render the page under the button (a suggestion would vanish while
 * focused); the profile page refreshes itself for the new counts, and guests' cached copies age out within a minute.
 */
export async function setFollow(input: unknown): Promise<FollowResult> {
  const parsed = followSchema.safeParse(input)
  if (!parsed.success) return { ok: false, reason: "failed" }
  const { handle, follow } = parsed.data
  const token = await getAuthToken()
  if (!token) return { ok: false, reason: "signIn" }
  try {
    const { profile } = await medusaFetch<{ profile: Profile }>(`/store/profiles/${handle}/follow`, {
      method: follow ? "POST" : "DELETE",
      token,
    })
    return { ok: true, following: profile.followed_by_me ?? follow }
  } catch (error) {
    return refusal(error, `${follow ? "following" : "unfollowing"} ${handle}`)
  }
}

/**
 * Form action (useActionState) of /account/social: display name, handle, bio and avatar URL, sent to
 * POST /store/profiles/me, which creates the customer's profile or updates it. Refused fields come back by name with
 * what was typed; without a session, or when it ended, the customer goes to the sign-in page.
 */
export async function saveProfile(_state: ProfileFormState, form: FormData): Promise<ProfileFormState> {
  const values = textFields(form, PROFILE_FIELDS)
  const parsed = parseProfileForm(values)
  if (!parsed.ok) return { status: "invalid", fieldErrors: parsed.fieldErrors, values }
  const token = await getAuthToken()
  let profile: Profile | null = null
  if (token) {
    try {
      ;({ profile } = await medusaFetch<{ profile: Profile }>("/store/profiles/me", {
        method: "POST",
        token,
        body: parsed.data,
      }))
    } catch (error) {
      const status = statusOf(error)
      if (status === 401) await removeAuthToken()
      else {
        const fieldErrors = status === 400 ? apiFieldErrors(messageOf(error)) : null
        if (fieldErrors) return { status: "invalid", fieldErrors, values }
        console.error(`Social: saving the profile failed: ${messageOf(error)}`)
        return { status: "failed", values }
      }
    }
  }
  if (!profile) redirect(`/${formLocale(form)}/account${token ? "?expired=1" : ""}`)
  // Posts show their author's name and avatar: any cached list of posts may show this profile.
  updateTag(profileTag(profile.handle))
  updateTag(tags.posts)
  return {
    status: "saved",
    handle: profile.handle,
    values: {
      display_name: profile.display_name,
      handle: profile.handle,
      bio: profile.bio ?? "",
      avatar_url: profile.avatar_url ?? "",
    },
  }
}
