"use client"

import Link from "next/link"
import type { ComponentProps } from "react"

type Props = Omit<ComponentProps<typeof Link>, "onClick" | "onAuxClick" | "prefetch"> & {
  postId: string
  productId: string
}

/**
 * Tells the storefront that a shopper opened a product tagged in a post (for the post's ranking). A beacon outlives
 * the navigation it starts; its plain-text body needs no CORS preflight, and the route reads it as JSON.
 */
function recordClick(postId: string, productId: string): void {
  const url = `/api/posts/${postId}/product-clicks`
  const body = JSON.stringify({ product_id: productId })
  if (navigator.sendBeacon?.(url, body)) return
  fetch(url, { method: "POST", body, keepalive: true }).catch(() => {})
}

/** A link to a product tagged in a post that records the click, with the pointer (any button) or the keyboard. */
export default function ProductLink({ postId, productId, ...link }: Props) {
  const record = () => recordClick(postId, productId)
  // Not prefetched: a feed shows many products, most never opened.
  return <Link {...link} prefetch={false} onClick={record} onAuxClick={record} />
}
