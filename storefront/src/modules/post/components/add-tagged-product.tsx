"use client"

import { useActionState, useEffect, useRef } from "react"

import { addTaggedProduct, type TaggedCartState } from "@/lib/data/post-actions"
import type { PostMessages } from "@/lib/i18n/messages/post"
import { openCartDrawer } from "@/modules/cart/open-cart"

import ProductLink from "./product-link"

type Props = { postId: string; productId: string; href: string; t: PostMessages["products"] }

const idle: TaggedCartState = { status: "idle" }

/**
 * "Add to cart" for a product tagged in a post: one unit of its only variant. A product with several variants
 * needs a choice, so the button gives way to a link to its page.
 */
export default function AddTaggedProduct({ postId, productId, href, t }: Props) {
  const [state, action, pending] = useActionState(addTaggedProduct, idle)
  const button = useRef<HTMLButtonElement>(null)
  const link = useRef<HTMLAnchorElement>(null)

  useEffect(() => {
    // The cart drawer shows the new line (refreshed by the action's answer); closing it returns to the button.
    if (state.status === "added") openCartDrawer(button.current)
    // The button the shopper pressed is gone: the link that replaced it takes the focus.
    if (state.status === "chooseOptions") link.current?.focus()
  }, [state])

  const message = {
    idle: "",
    added: t.added,
    chooseOptions: t.severalOptions,
    soldOut: t.nowSoldOut,
    notForSale: t.notForSale,
    failed: t.failed,
  }[state.status]

  return (
    <form action={action} className="post__add">
      <input type="hidden" name="product_id" value={productId} />
      {state.status === "chooseOptions" ? (
        <ProductLink ref={link} postId={postId} productId={productId} href={href} className="button button--small">
          {t.chooseOptions}
        </ProductLink>
      ) : (
        <button
          ref={button}
          type="submit"
          className="button button--small button--primary"
          aria-disabled={pending || undefined}
          onClick={(event) => pending && event.preventDefault()}
        >
          {pending ? t.adding : t.add}
        </button>
      )}
      <p className="post__status" role="status">
        {message}
      </p>
    </form>
  )
}
