// The drawer sits in the header and the add-to-cart button on the product page, in separate client
// trees; a window event connects them without a provider around the whole layout.
export const OPEN_CART_EVENT = "agora:open-cart"

export type OpenCartDetail = { returnFocus: HTMLElement | null }

/** Opens the cart drawer, if the page has one (the cart page does not); closing it focuses `returnFocus`. */
export function openCartDrawer(returnFocus: HTMLElement | null = null): void {
  window.dispatchEvent(new CustomEvent<OpenCartDetail>(OPEN_CART_EVENT, { detail: { returnFocus } }))
}
