"use strict"

const { formatAmount } = require("./amounts")

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c])
}

function layout(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; }
form { display: inline; }
button { font-size: 1rem; padding: 0.5rem 1.5rem; margin-right: 0.5rem; }
</style>
</head>
<body>
${body}
</body>
</html>
`
}

/**
 * The hosted payment page: two forms that POST /web/checkout with the order code and the outcome.
 * @param {{ orderCode: string, amount: number, currencyCode: string, customerTrns: string | null }} order
 * @param {string} merchant
 */
function checkoutPage(order, merchant) {
  const ref = `<input type="hidden" name="ref" value="${escapeHtml(order.orderCode)}">`
  const button = (outcome, label) =>
    `<form method="post" action="/web/checkout">${ref}<input type="hidden" name="outcome" value="${outcome}">` +
    `<button type="submit">${label}</button></form>`
  return layout(
    "Viva Wallet checkout",
    `<h1 data-testid="amount">${escapeHtml(formatAmount(order.amount, order.currencyCode))}</h1>
<p>Merchant: <span data-testid="merchant">${escapeHtml(merchant)}</span></p>
${order.customerTrns ? `<p data-testid="description">${escapeHtml(order.customerTrns)}</p>\n` : ""}<p>Order <span data-testid="order-code">${escapeHtml(order.orderCode)}</span>. This is a fake Viva Wallet: no card is charged.</p>
${button("paid", "Pay")}
${button("declined", "Decline")}`
  )
}

/** A page for an order that cannot be paid, or a finished payment without a return URL. */
function messagePage(title, text) {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>`)
}

module.exports = { checkoutPage, messagePage }
