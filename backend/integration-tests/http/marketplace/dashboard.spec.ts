import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  Actor,
  approveSeller,
  eventually,
  failure,
  listApprovedProduct,
  registerSeller,
  SellerActor,
  signInAdmin,
} from "../../helpers/marketplace"
import { checkout, explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(180_000)

const DAY = 86_400_000
const today = Math.floor(Date.now() / DAY) * DAY
const dateOf = (daysAgo: number) => new Date(today - daysAgo * DAY).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    let admin: Actor
    let a: SellerActor
    let b: SellerActor
    let staff: Actor
    // Seller A's item totals: one sale today, one three days ago; B's: one today.
    const totals = { today: 0, threeDaysAgo: 0, b: 0 }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await signInAdmin(api)
      const ok = explained(api)
      a = await registerSeller(api, "dash-a")
      b = await registerSeller(api, "dash-b")
      for (const s of [a, b]) await approveSeller(api, admin, s.id)
      const productA = await listApprovedProduct(api, admin, a, "A Olive Oil", 12, 50)
      const productB = await listApprovedProduct(api, admin, b, "B Honey", 8, 50)

      const credentials = { email: "dash-staff@sellers.example", password: "seller-secret-1" }
      const { data: invite } = await ok.post("/vendor/invites", { email: credentials.email }, { headers: a.headers })
      const { data: identity } = await ok.post("/auth/seller/emailpass/register", credentials)
      const invited = { headers: { authorization: `Bearer ${identity.token}` } }
      await ok.post("/vendor/invites/accept", { token: invite.invite.token }, invited)
      const { data: login } = await ok.post("/auth/seller/emailpass", credentials)
      staff = { token: login.token, headers: { authorization: `Bearer ${login.token}` } }

      const vendorOrder = (seller: Actor, id: string) =>
        ok.get(`/vendor/orders/${id}`, { headers: seller.headers }).then((r) => r.data.order)
      const place = async (seller: SellerActor, variantId: string, quantity: number) => {
        const { id } = (await checkout(api, shop, { email: "buyer@example.com", variantId, quantity })).completed.order
        return eventually(() => vendorOrder(seller, id).catch(() => null))
      }
      const placedAt = (orderId: string, at: Date) =>
        dbConnection.raw("update sub_order set created_at = ? where order_id = ?", [at, orderId])

      const recent = await place(a, productA.variantId, 1)
      const earlier = await place(a, productA.variantId, 2)
      await placedAt(earlier.id, new Date(today - 3 * DAY + 12 * 3600_000))
      // Canceled today: no sale, not open.
      const canceled = await place(a, productA.variantId, 3)
      await ok.post(`/admin/orders/${canceled.id}/cancel`, {}, { headers: admin.headers })
      await eventually(async () => (await vendorOrder(a, canceled.id)).fulfillment_status === "canceled")
      // Fulfilled, and sold before a 7-day window: outside the chart, not open.
      const old = await place(a, productA.variantId, 1)
      const items = [{ id: old.items[0].id, quantity: 1 }]
      await ok.post(`/vendor/orders/${old.id}/fulfillments`, { items }, { headers: a.headers })
      await placedAt(old.id, new Date(today - 10 * DAY))
      const other = await place(b, productB.variantId, 1)

      totals.today = recent.item_total
      totals.threeDaysAgo = earlier.item_total
      totals.b = other.item_total
    })

    const dashboard = (actor: Actor, query = "") =>
      explained(api).get(`/vendor/dashboard${query}`, { headers: actor.headers }).then((r) => r.data)

    it("charts the seller's sales per UTC day, zero-filled, without canceled or older sub-orders", async () => {
      const body = await dashboard(a, "?days=7")
      expect(totals.today).toBeGreaterThan(0)
      expect(body.currency_code).toBe("eur")
      expect(body.sales).toEqual(
        [6, 5, 4, 3, 2, 1, 0].map((ago) => ({
          date: dateOf(ago),
          orders: ago === 0 || ago === 3 ? 1 : 0,
          amount: ago === 0 ? totals.today : ago === 3 ? totals.threeDaysAgo : 0,
        }))
      )
      expect(body.open_orders).toBe(2)
    })

    it("shows a staff member its seller's figures, and another seller only its own", async () => {
      expect(await dashboard(staff, "?days=7")).toEqual(await dashboard(a, "?days=7"))
      const other = await dashboard(b, "?days=7")
      expect(other.sales.filter((d: any) => d.orders)).toEqual([{ date: dateOf(0), orders: 1, amount: totals.b }])
      expect(other.open_orders).toBe(1)
    })

    it("defaults to 30 days", async () => {
      const { sales } = await dashboard(a)
      expect(sales).toHaveLength(30)
      expect([sales[0].date, sales[29].date]).toEqual([dateOf(29), dateOf(0)])
    })

    it("reports the balance GET /vendor/payouts reports", async () => {
      for (const seller of [a, b]) {
        const { data: ledger } = await explained(api).get("/vendor/payouts", { headers: seller.headers })
        expect(ledger.balance).not.toEqual([])
        expect((await dashboard(seller)).balance).toEqual(ledger.balance)
      }
    })

    it("answers 400 to a bad or unknown parameter", async () => {
      for (const query of ["?days=0", "?days=91", "?days=abc", "?days=1.5", "?since=2026-01-01"]) {
        const res = await failure(api.get(`/vendor/dashboard${query}`, { headers: a.headers }))
        expect({ query, status: res.status }).toEqual({ query, status: 400 })
      }
    })
  },
})
