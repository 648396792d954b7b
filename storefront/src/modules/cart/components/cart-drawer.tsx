"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { type MouseEvent, type ReactNode, useCallback, useEffect, useRef } from "react"

import { OPEN_CART_EVENT, type OpenCartDetail } from "../open-cart"

type Props = {
  href: string
  count: number
  label: string
  title: string
  closeLabel: string
  /** The cart itself, rendered on the server and refreshed with the page after every cart action. */
  children: ReactNode
}

/**
 * The header's cart link. Without JavaScript (or with a modifier key) it opens the cart page; with
 * JavaScript it opens a modal <dialog> with the cart: the browser traps focus in it and closes it on
 * Escape, and focus goes back to what opened it (the link, or the add-to-cart button).
 */
export default function CartDrawer({ href, count, label, title, closeLabel, children }: Props) {
  const pathname = usePathname()
  const dialog = useRef<HTMLDialogElement>(null)
  const trigger = useRef<HTMLAnchorElement>(null)
  const returnFocus = useRef<HTMLElement | null>(null)
  // On the cart page the drawer would only repeat the page.
  const onCartPage = pathname === href || pathname === "/cart"

  const open = useCallback((from: HTMLElement | null) => {
    if (!dialog.current || dialog.current.open) return
    returnFocus.current = from
    dialog.current.showModal()
  }, [])

  useEffect(() => {
    const onOpen = (event: Event) => open((event as CustomEvent<OpenCartDetail>).detail?.returnFocus ?? null)
    window.addEventListener(OPEN_CART_EVENT, onOpen)
    return () => window.removeEventListener(OPEN_CART_EVENT, onOpen)
  }, [open])

  // A link in the drawer (the cart page, checkout, a product) navigates: the drawer closes behind it.
  useEffect(() => {
    dialog.current?.close()
  }, [pathname])

  const onTriggerClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (onCartPage || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    open(event.currentTarget)
  }

  // Back to what opened the drawer; the header's link when that is gone or disabled (a sold-out variant).
  const onClose = () => {
    returnFocus.current?.focus()
    if (document.activeElement !== returnFocus.current) trigger.current?.focus()
    returnFocus.current = null
  }

  return (
    <>
      <Link
        ref={trigger}
        href={href}
        className="cart-link"
        onClick={onTriggerClick}
        aria-haspopup={onCartPage ? undefined : "dialog"}
      >
        {label}{" "}
        <span className="cart-link__count" data-testid="cart-count">
          {count}
        </span>
      </Link>
      {!onCartPage && (
        <dialog
          ref={dialog}
          className="cart-drawer"
          aria-labelledby="cart-drawer-title"
          data-testid="cart-drawer"
          onClose={onClose}
          // A click on the backdrop lands on the dialog element itself.
          onClick={(event) => event.target === event.currentTarget && dialog.current?.close()}
        >
          <div className="cart-drawer__header">
            <h2 id="cart-drawer-title">{title}</h2>
            <button
              type="button"
              className="cart-drawer__close"
              onClick={() => dialog.current?.close()}
              aria-label={closeLabel}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {children}
        </dialog>
      )}
    </>
  )
}
