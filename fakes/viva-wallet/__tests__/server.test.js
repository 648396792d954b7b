"use strict"

const test = require("node:test")
const assert = require("node:assert/strict")
const http = require("node:http")
const { startFakeViva } = require("..")

const MERCHANT = "Basic " + Buffer.from("fake-merchant-id:fake-api-key").toString("base64")

/** A webhook receiver answering each POST with the next status of `statuses` (then 200). */
async function startReceiver(t, statuses = []) {
  const received = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      received.push({ contentType: req.headers["content-type"], body: JSON.parse(body) })
      res.writeHead(statuses.shift() ?? 200).end()
    })
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  t.after(() => new Promise((resolve) => server.close(resolve)))
  return { url: `http://127.0.0.1:${server.address().port}/hooks/viva`, received }
}

async function start(t, options = {}) {
  const viva = await startFakeViva({ retryIntervalMs: 20, ...options })
  t.after(() => viva.close())
  return viva
}

function tokenRequest(viva, id = "fake-client-id", secret = "fake-client-secret") {
  return fetch(`${viva.url}/connect/token`, {
    method: "POST",
    headers: {
      authorization: "Basic " + Buffer.from(`${id}:${secret}`).toString("base64"),
      "content-type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  })
}

async function token(viva) {
  return (await (await tokenRequest(viva)).json()).access_token
}

function createOrder(viva, accessToken, body) {
  return fetch(`${viva.url}/checkout/v2/orders`, {
    method: "POST",
    headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  })
}

async function orderCode(viva, body = { amount: 1250, merchantTrns: "payses_01", customerTrns: "Mugs" }) {
  const res = await createOrder(viva, await token(viva), body)
  assert.equal(res.status, 200)
  return String((await res.json()).orderCode)
}

function legacy(viva, method, path) {
  return fetch(`${viva.url}${path}`, { method, headers: { authorization: MERCHANT } })
}

test("issues tokens for the client credentials and refuses others", async (t) => {
  const viva = await start(t, { tokenTtlSeconds: 120 })
  const res = await tokenRequest(viva)
  assert.equal(res.status, 200)
  const body = await res.json()
  assert.equal(body.token_type, "Bearer")
  assert.equal(body.expires_in, 120)
  assert.equal(body.scope, "urn:viva:payments:core:api:redirectcheckout")
  assert.ok(body.access_token)

  const bad = await tokenRequest(viva, "fake-client-id", "wrong")
  assert.equal(bad.status, 400)
  assert.deepEqual(await bad.json(), { error: "invalid_client" })
})

test("the hosted page pays an order, redirects with s and t and sends a 1796 in major units", async (t) => {
  const receiver = await startReceiver(t)
  const viva = await start(t, {
    webhookUrl: receiver.url,
    sources: { Default: { successUrl: "http://shop.test/return?step=done", failureUrl: "http://shop.test/failed" } },
  })
  const code = await orderCode(viva, {
    amount: 1250,
    merchantTrns: "payses_01",
    customerTrns: "Mugs",
    customer: { email: "ana@example.com", fullName: "Ana Example" },
  })
  assert.match(code, /^\d{16}$/)

  const page = await fetch(`${viva.url}/web/checkout?ref=${code}`)
  assert.equal(page.status, 200)
  const text = await page.text()
  assert.match(text, /12\.50 EUR/)
  assert.match(text, />Pay</)
  assert.match(text, />Decline</)

  const res = await fetch(`${viva.url}/web/checkout`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `ref=${code}&outcome=paid`,
    redirect: "manual",
  })
  assert.equal(res.status, 302)
  const location = new URL(res.headers.get("location"))
  assert.equal(location.origin + location.pathname, "http://shop.test/return")
  assert.equal(location.searchParams.get("step"), "done")
  assert.equal(location.searchParams.get("s"), code)
  const transactionId = location.searchParams.get("t")
  assert.equal(viva.transactions.get(transactionId).statusId, "F")
  assert.equal(viva.orders.get(code).stateId, 3)

  await viva.settled()
  assert.equal(receiver.received.length, 1)
  const [{ contentType, body }] = receiver.received
  assert.equal(contentType, "application/json")
  assert.equal(body.EventTypeId, 1796)
  assert.equal(body.RecipientId, "fake-merchant-id")
  assert.equal(body.RetryCount, 0)
  assert.equal(body.EventData.TransactionId, transactionId)
  assert.equal(String(body.EventData.OrderCode), code)
  assert.equal(body.EventData.Amount, 12.5)
  assert.equal(body.EventData.StatusId, "F")
  assert.equal(body.EventData.MerchantTrns, "payses_01")
  assert.equal(body.EventData.Email, "ana@example.com")

  const again = await fetch(`${viva.url}/web/checkout?ref=${code}`)
  assert.equal(again.status, 409)
})

test("a declined payment sends 1798, redirects to the failure URL and leaves the order payable", async (t) => {
  const receiver = await startReceiver(t)
  const viva = await start(t, { webhookUrl: receiver.url, sources: { Default: { failureUrl: "http://shop.test/failed" } } })
  const code = await orderCode(viva)
  const declined = await viva.pay(code, { outcome: "declined" })
  assert.equal(declined.statusId, "E")
  assert.match(declined.redirect, /^http:\/\/shop\.test\/failed\?s=\d{16}&t=[0-9a-f-]{36}&lang=en-GB&eventId=0&eci=1$/)
  assert.equal(viva.orders.get(code).stateId, 0)
  const paid = await viva.pay(code)
  assert.equal(paid.statusId, "F")
  assert.equal(paid.redirect, null)
  await viva.settled()
  assert.deepEqual(receiver.received.map((r) => r.body.EventTypeId).sort(), [1796, 1798])
})

test("retries a webhook after a 500 with the same MessageId", async (t) => {
  const receiver = await startReceiver(t, [500])
  const viva = await start(t, { webhookUrl: receiver.url })
  await viva.pay(await orderCode(viva))
  await viva.settled()
  const [first, second] = receiver.received.map((r) => r.body)
  assert.equal(receiver.received.length, 2)
  assert.equal(second.MessageId, first.MessageId)
  assert.equal(second.RetryCount, 1)
  assert.deepEqual(
    viva.deliveries.map(({ attempt, status }) => ({ attempt, status })),
    [{ attempt: 1, status: 500 }, { attempt: 2, status: 200 }]
  )
})

test("gives up after maxAttempts", async (t) => {
  const receiver = await startReceiver(t, [500, 500, 500, 500])
  const viva = await start(t, { webhookUrl: receiver.url, maxAttempts: 3 })
  await viva.pay(await orderCode(viva))
  await viva.settled()
  assert.equal(receiver.received.length, 3)
})

test("fail() answers 503 once, then the endpoint works again", async (t) => {
  const viva = await start(t)
  const accessToken = await token(viva)
  viva.fail({ method: "POST", path: "/checkout/v2/*", status: 503 })
  const failed = await createOrder(viva, accessToken, { amount: 100 })
  assert.equal(failed.status, 503)
  const ok = await createOrder(viva, accessToken, { amount: 100 })
  assert.equal(ok.status, 200)
  assert.deepEqual(
    viva.requests.filter((r) => r.path === "/checkout/v2/orders").map((r) => r.status),
    [503, 200]
  )
})

test("a stall makes a client time out while the order is still created", async (t) => {
  const viva = await start(t)
  const accessToken = await token(viva)
  viva.fail({ path: /^\/checkout\/v2\/orders$/, delayMs: 150 })
  const timedOut = fetch(`${viva.url}/checkout/v2/orders`, {
    method: "POST",
    headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json" },
    body: JSON.stringify({ amount: 100 }),
    signal: AbortSignal.timeout(50),
  })
  await assert.rejects(timedOut, { name: "TimeoutError" })
  await new Promise((resolve) => setTimeout(resolve, 200))
  assert.equal(viva.orders.size, 1)
})

test("expireTokens() makes issued tokens answer 401", async (t) => {
  const viva = await start(t)
  const accessToken = await token(viva)
  assert.equal((await createOrder(viva, accessToken, { amount: 100 })).status, 200)
  viva.expireTokens()
  const res = await createOrder(viva, accessToken, { amount: 100 })
  assert.equal(res.status, 401)
  assert.equal(await res.text(), "")
  assert.equal((await createOrder(viva, await token(viva), { amount: 100 })).status, 200)
})

test("validates new orders", async (t) => {
  const viva = await start(t, { sources: { 1234: {} } })
  const accessToken = await token(viva)
  const tooSmall = await createOrder(viva, accessToken, { amount: 29 })
  assert.equal(tooSmall.status, 400)
  assert.equal((await tooSmall.json()).status, 400)
  assert.equal((await createOrder(viva, accessToken, { amount: 100, sourceCode: "9999" })).status, 400)
  assert.equal((await createOrder(viva, accessToken, { amount: 100, sourceCode: "1234" })).status, 200)
})

test("refunds in part, then in full: the original becomes R and 1797 is delivered", async (t) => {
  const receiver = await startReceiver(t)
  const viva = await start(t, { webhookUrl: receiver.url })
  const code = await orderCode(viva)
  const { transactionId } = await viva.pay(code)

  const partial = await legacy(viva, "DELETE", `/api/transactions/${transactionId}?amount=250&sourceCode=Default`)
  assert.equal(partial.status, 200)
  const partialBody = await partial.json()
  assert.equal(partialBody.Success, true)
  assert.equal(partialBody.Amount, 2.5)
  assert.equal(viva.transactions.get(transactionId).statusId, "F")

  const tooMuch = await legacy(viva, "DELETE", `/api/transactions/${transactionId}?amount=1001`)
  assert.equal(tooMuch.status, 400)
  assert.equal((await tooMuch.json()).Success, false)

  const rest = await legacy(viva, "DELETE", `/api/transactions/${transactionId}`)
  assert.equal((await rest.json()).Amount, 10)
  assert.equal(viva.transactions.get(transactionId).statusId, "R")

  const listed = await (await legacy(viva, "GET", `/api/transactions?ordercode=${code}`)).json()
  assert.deepEqual(
    listed.Transactions.map((r) => [r.StatusId, r.Amount, r.TransactionTypeId, r.ParentId]),
    [["F", 10, 7, transactionId], ["F", 2.5, 7, transactionId], ["R", 12.5, 5, null]]
  )

  await viva.settled()
  const reversals = receiver.received.map((r) => r.body).filter((body) => body.EventTypeId === 1797)
  assert.deepEqual(reversals.map((body) => [body.EventData.Amount, body.EventData.ParentId]).sort(), [
    [10, transactionId],
    [2.5, transactionId],
  ])
})

test("captures a pre-authorisation once and voids an uncaptured one", async (t) => {
  const viva = await start(t)
  const captured = await viva.pay(await orderCode(viva, { amount: 1000, preauth: true }))
  assert.equal(captured.statusId, "A")
  const capture = () =>
    fetch(`${viva.url}/api/transactions/${captured.transactionId}`, {
      method: "POST",
      headers: { authorization: MERCHANT, "content-type": "application/json" },
      body: JSON.stringify({ amount: 800 }),
    })
  const first = await capture()
  assert.equal(first.status, 200)
  const body = await first.json()
  assert.deepEqual({ ...body, TransactionId: undefined }, {
    TransactionId: undefined,
    StatusId: "F",
    Amount: 8,
    ErrorCode: 0,
    ErrorText: null,
    Success: true,
  })
  assert.equal(viva.transactions.get(body.TransactionId).parentId, captured.transactionId)
  assert.equal(viva.transactions.get(captured.transactionId).statusId, "A")
  assert.equal((await capture()).status, 400)

  const voided = await viva.pay(await orderCode(viva, { amount: 1000, preauth: true }))
  assert.equal((await legacy(viva, "DELETE", `/api/transactions/${voided.transactionId}`)).status, 200)
  assert.equal(viva.transactions.get(voided.transactionId).statusId, "X")
})

test("cancels an unpaid order but not a paid one", async (t) => {
  const viva = await start(t)
  const unpaid = await orderCode(viva)
  const res = await legacy(viva, "DELETE", `/api/orders/${unpaid}`)
  assert.deepEqual(await res.json(), { OrderCode: Number(unpaid), ErrorCode: 0, ErrorText: null, Success: true })
  assert.equal((await (await legacy(viva, "GET", `/api/orders/${unpaid}`)).json()).StateId, 2)
  await assert.rejects(viva.pay(unpaid), /canceled/)

  const paid = await orderCode(viva)
  await viva.pay(paid)
  const refused = await legacy(viva, "DELETE", `/api/orders/${paid}`)
  assert.equal(refused.status, 400)
  assert.deepEqual(await refused.json(), { ErrorCode: 403, ErrorText: "Order is already paid", Success: false })
  assert.equal((await legacy(viva, "GET", "/api/orders/1")).status, 404)
})

test("an order expires after paymentTimeout", async (t) => {
  const viva = await start(t)
  const code = await orderCode(viva, { amount: 100, paymentTimeout: 1 })
  viva.orders.get(code).expiresAt = new Date(Date.now() - 1).toISOString()
  assert.equal(viva.orders.get(code).stateId, 1)
  assert.equal((await fetch(`${viva.url}/web/checkout?ref=${code}`)).status, 409)
})

test("delivers one message five times concurrently with the same MessageId", async (t) => {
  const receiver = await startReceiver(t)
  const viva = await start(t, { webhookUrl: receiver.url })
  const { transactionId } = await viva.pay(await orderCode(viva))
  await viva.settled()
  const messageId = viva.deliver(viva.webhookEvent(transactionId), { times: 5, concurrent: true })
  await viva.settled()
  const copies = receiver.received.slice(1).map((r) => r.body)
  assert.equal(copies.length, 5)
  assert.ok(copies.every((body) => body.MessageId === messageId && body.EventData.TransactionId === transactionId))
})

test("answers the webhook key and control endpoints", async (t) => {
  const viva = await start(t, { webhookKey: "KEY123" })
  assert.deepEqual(await (await legacy(viva, "GET", "/api/messages/config/token")).json(), { Key: "KEY123" })
  const unauthorised = await fetch(`${viva.url}/api/messages/config/token`)
  assert.equal(unauthorised.status, 401)

  const post = (path, body) => fetch(`${viva.url}${path}`, { method: "POST", body: JSON.stringify(body) })
  assert.equal((await post("/_fake/fail", { path: "/api/orders/*", status: 429, times: 2 })).status, 204)
  assert.equal((await legacy(viva, "GET", "/api/orders/1")).status, 429)
  assert.equal((await post("/_fake/webhook-url", { url: "http://127.0.0.1:1/hook" })).status, 204)
  assert.equal((await post("/_fake/webhook-url", { url: "ftp://x" })).status, 400)
  const state = await (await fetch(`${viva.url}/_fake/state`)).json()
  assert.equal(state.webhookUrl, "http://127.0.0.1:1/hook")
})
