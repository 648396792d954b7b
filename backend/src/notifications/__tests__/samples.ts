import type { NotificationData, NotificationType } from "../types"

/**
 * Data for every notification type. `text` wraps each free-text value, so a test can make them all hostile;
 * `url` builds each absolute URL from a path.
 */
export function samples(text = (s: string) => s, url = (path: string) => `https://agora.example${path}`) {
  const person = { name: text("Maria Papadopoulou"), handle: "maria", url: url("/u/maria") }
  const post = { url: url("/p/post_1"), caption: text("First honey of the season, poured by hand") }
  const order = { display_id: 1001, url: url("/account/orders/order_1") }
  const data: { [T in NotificationType]: NotificationData[T] } = {
    email_verification: { name: text("Maria"), url: url("/verify?token=abc&id=cus_1"), expires_hours: 24 },
    password_reset: { url: url("/reset-password?token=def&email=maria%40example.com"), expires_minutes: 30 },
    order_placed: {
      order: {
        ...order,
        currency_code: "eur",
        total: 37.5,
        items: [
          { title: text("Wildflower honey"), quantity: 2, total: 25 },
          { title: text("Beeswax candle"), quantity: 1, total: 12.5 },
        ],
      },
    },
    order_paid: { order: { ...order, currency_code: "eur", total: 37.5 } },
    order_shipped: {
      order,
      seller_name: text("Meli Farm"),
      parcels: [{ tracking_number: text("1Z999AA10123456784"), tracking_url: url("/track/1Z999AA10123456784") }],
    },
    order_delivered: { order, seller_name: text("Meli Farm") },
    invoice_available: { order, invoice_url: url("/account/orders/order_1/invoice") },
    new_follower: { follower: person },
    post_liked: { actor: person, post },
    post_commented: { actor: person, post, comment: { body: text("Looks delicious!") } },
    seller_approved: { seller: { name: text("Meli Farm") }, url: url("/workspace") },
    seller_rejected: { seller: { name: text("Meli Farm") }, reason: text("Please add your VAT number."), url: url("/seller/status") },
    product_approved: { product: { title: text("Wildflower honey"), url: url("/products/wildflower-honey") } },
    product_rejected: {
      product: { title: text("Wildflower honey"), url: url("/workspace/products/prod_1") },
      reason: text("Blurry photo."),
    },
    payout_paid: { payout: { amount: 1234.5, currency_code: "eur" }, url: url("/workspace/payouts") },
  }
  return data
}
