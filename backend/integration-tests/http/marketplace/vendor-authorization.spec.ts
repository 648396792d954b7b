import { readdirSync, readFileSync, statSync } from "fs"
import path from "path"
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
import { uploadTwoImages } from "../../helpers/social"
import { checkout, explained, seedShop, Shop, signUpCustomer } from "../../helpers/store"

jest.setTimeout(180_000)

type Route = { method: "GET" | "POST" | "DELETE"; path: string }

/** Every vendor route, read from the route files: `[id]` folders become `:id`, exported handlers the methods. */
function vendorRoutes(): Route[] {
  const root = path.join(__dirname, "../../../src/api/vendor")
  const routes: Route[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (name === "route.ts") {
        const url = "/vendor/" + path.relative(root, dir).split(path.sep).map((p) => p.replace(/^\[(.+)\]$/, ":$1")).join("/")
        for (const [, method] of readFileSync(full, "utf8").matchAll(/export async function (GET|POST|DELETE)\b/g)) {
          routes.push({ method: method as Route["method"], path: url.replace(/\/$/, "") })
        }
      }
    }
  }
  walk(root)
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`))
}

const routes = vendorRoutes()
const withId = routes.filter((r) => r.path.includes("/:"))
const writes = routes.filter((r) => r.method !== "GET")
// Routes for an identity that has no seller yet; a seller member calling them gets 400, not 403.
const OPEN = ["POST /vendor/sellers", "POST /vendor/invites/accept"]
// A pending (not suspended) seller may complete its own profile.
const PROFILE = "POST /vendor/sellers/me"
const key = (r: Route) => `${r.method} ${r.path}`

// Tables a vendor request could change; compared before and after every refused request.
const TABLES = [
  "seller",
  "seller_member",
  "seller_invite",
  "sub_order",
  "payout_line",
  "moderation_entry",
  "product",
  "product_variant",
  "price",
  "inventory_level",
  "fulfillment",
  "order_item",
  "post",
  "post_image",
  "post_tag",
  "review",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop
    let admin: Actor
    let a: SellerActor
    let b: SellerActor
    let pending: SellerActor
    let suspended: SellerActor
    let noSeller: Actor
    let staff: Actor
    const fixture: Record<string, { params: Record<string, string>; body?: object }> = {}

    const digest = async () => {
      const parts = await Promise.all(
        TABLES.map(async (table) => {
          const { rows } = await dbConnection.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d from "${table}" t`)
          return `${table}:${rows[0].d}`
        })
      )
      return parts.join("\n")
    }
    const url = (route: Route, params: Record<string, string> = {}) =>
      route.path.replace(/:(\w+)/g, (_, name) => params[name] ?? "missing")
    const send = (route: Route, actor: Actor | null, params?: Record<string, string>, body: object = {}) => {
      const config = actor ? { headers: actor.headers } : {}
      const target = url(route, params)
      if (route.method === "GET") return failure(api.get(target, config))
      if (route.method === "DELETE") return failure(api.delete(target, config))
      return failure(api.post(target, body, config))
    }

    beforeAll(async () => {
      shop = await seedShop(getContainer())
      admin = await signInAdmin(api)
      const ok = explained(api)
      a = await registerSeller(api, "seller-a")
      b = await registerSeller(api, "seller-b")
      pending = await registerSeller(api, "seller-pending")
      suspended = await registerSeller(api, "seller-suspended")
      for (const s of [a, b, suspended]) await approveSeller(api, admin, s.id)
      await ok.post(`/admin/sellers/${suspended.id}/suspend`, { reason: "test" }, { headers: admin.headers })
      const { data: bare } = await ok.post("/auth/seller/emailpass/register", { email: "nobody@sellers.example", password: "seller-secret-1" })
      noSeller = { token: bare.token, headers: { authorization: `Bearer ${bare.token}` } }

      // Seller A's resources: a product, a staff member, an order of its own and a shared order with B.
      const productA = await listApprovedProduct(api, admin, a, "A Goat Cheese", 12, 50)
      const productB = await listApprovedProduct(api, admin, b, "B Thyme Honey", 8, 50)
      const { data: invite } = await ok.post("/vendor/invites", { email: "staff@sellers.example" }, { headers: a.headers })
      const { data: staffIdentity } = await ok.post("/auth/seller/emailpass/register", { email: "staff@sellers.example", password: "seller-secret-1" })
      const { data: member } = await ok.post("/vendor/invites/accept", { token: invite.invite.token }, { headers: { authorization: `Bearer ${staffIdentity.token}` } })
      const { data: staffLogin } = await ok.post("/auth/seller/emailpass", { email: "staff@sellers.example", password: "seller-secret-1" })
      staff = { token: staffLogin.token, headers: { authorization: `Bearer ${staffLogin.token}` } }

      const own = await checkout(api, shop, { email: "one@example.com", variantId: productA.variantId, quantity: 1 })
      const shared = await checkout(api, shop, {
        email: "two@example.com",
        items: [
          { variantId: productA.variantId, quantity: 2 },
          { variantId: productB.variantId, quantity: 1 },
        ],
      })
      const sharedOrderId = shared.completed.order.id
      const sharedForA = await eventually(async () => (await ok.get(`/vendor/orders/${sharedOrderId}`, { headers: a.headers }).catch(() => null))?.data.order)
      await eventually(async () => (await ok.get(`/vendor/orders/${sharedOrderId}`, { headers: b.headers }).catch(() => null))?.data.order)
      const itemA = sharedForA.items[0].id
      const { data: fulfilled } = await ok.post(`/vendor/orders/${sharedOrderId}/fulfillments`, { items: [{ id: itemA, quantity: 1 }] }, { headers: a.headers })
      const fulfillmentA = fulfilled.order.fulfillments[0].id

      const [image] = await uploadTwoImages(api, { headers: a.headers }, "/vendor/uploads")
      const { data: postA } = await ok.post(
        "/vendor/posts",
        { caption: "A's cheese #goat", images: [{ file_id: image, tags: [{ product_id: productA.id }] }] },
        { headers: a.headers }
      )

      // A customer's review of A's product, delivered, for A's reply.
      const reviewer = await signUpCustomer(api, shop, { email: "reviewer@example.com" })
      const bought = await checkout(api, shop, { email: "reviewer@example.com", token: reviewer, variantId: productA.variantId, quantity: 1 })
      const boughtOrder = bought.completed.order
      await eventually(async () => (await ok.get(`/vendor/orders/${boughtOrder.id}`, { headers: a.headers }).catch(() => null))?.data.order)
      const { data: parcel } = await ok.post(
        `/vendor/orders/${boughtOrder.id}/fulfillments`,
        { items: [{ id: boughtOrder.items[0].id, quantity: 1 }] },
        { headers: a.headers }
      )
      await ok.post(`/vendor/orders/${boughtOrder.id}/fulfillments/${parcel.order.fulfillments[0].id}/mark-as-delivered`, {}, { headers: a.headers })
      const { data: review } = await ok.post(
        "/store/reviews",
        { line_item_id: boughtOrder.items[0].id, rating: 5, title: "Creamy", body: "Lovely cheese." },
        { headers: { ...shop.headers, authorization: `Bearer ${reviewer}` } }
      )

      fixture["GET /vendor/products/:id"] = { params: { id: productA.id } }
      fixture["POST /vendor/reviews/:id/reply"] = { params: { id: review.review.id }, body: { body: "Hijacked reply" } }
      fixture["POST /vendor/posts/:id"] = { params: { id: postA.post.id }, body: { caption: "Taken over" } }
      fixture["DELETE /vendor/posts/:id"] = { params: { id: postA.post.id } }
      fixture["POST /vendor/products/:id"] = { params: { id: productA.id }, body: { title: "Taken over" } }
      fixture["DELETE /vendor/products/:id"] = { params: { id: productA.id } }
      fixture["DELETE /vendor/members/:id"] = { params: { id: member.member.id } }
      fixture["GET /vendor/orders/:id"] = { params: { id: own.completed.order.id } }
      // B has its own part in the shared order, so these check ownership of A's item and fulfilment.
      fixture["POST /vendor/orders/:id/fulfillments"] = { params: { id: sharedOrderId }, body: { items: [{ id: itemA, quantity: 1 }] } }
      fixture["POST /vendor/orders/:id/fulfillments/:fulfillment_id/shipments"] = {
        params: { id: sharedOrderId, fulfillment_id: fulfillmentA },
        body: { tracking_number: "X-1", carrier: "Hijack" },
      }
      fixture["POST /vendor/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered"] = {
        params: { id: sharedOrderId, fulfillment_id: fulfillmentA },
      }
    })

    it("finds the vendor routes in the route files", () => {
      expect(routes.length).toBeGreaterThanOrEqual(15)
      expect(withId.map(key)).toContain("POST /vendor/orders/:id/fulfillments/:fulfillment_id/shipments")
    })

    it("has a fixture for every vendor route with an id", () => {
      expect(withId.map(key).filter((k) => !fixture[k])).toEqual([])
    })

    it("answers 404 and changes nothing when seller B acts on seller A's resources", async () => {
      for (const route of withId) {
        const { params, body } = fixture[key(route)]
        const before = await digest()
        const res = await send(route, b, params, body)
        expect({ route: key(route), status: res.status }).toEqual({ route: key(route), status: 404 })
        expect(res.data?.message).not.toMatch(/seller-a/)
        expect(await digest()).toEqual(before)
      }
    })

    it("answers 401 to every vendor route without a token, and without a seller behind the token", async () => {
      for (const route of routes) {
        const before = await digest()
        expect({ route: key(route), status: (await send(route, null, fixture[key(route)]?.params)).status }).toEqual({
          route: key(route),
          status: 401,
        })
        expect(await digest()).toEqual(before)
      }
      for (const route of routes.filter((r) => !OPEN.includes(key(r)))) {
        expect({ route: key(route), status: (await send(route, noSeller, fixture[key(route)]?.params)).status }).toEqual({
          route: key(route),
          status: 401,
        })
      }
    })

    it("answers 403 to every write of a pending or suspended seller", async () => {
      for (const [actor, exempt] of [
        [pending, [...OPEN, PROFILE]],
        [suspended, OPEN],
      ] as const) {
        for (const route of writes.filter((r) => !exempt.includes(key(r)))) {
          const before = await digest()
          const { params, body } = fixture[key(route)] ?? { params: {}, body: {} }
          const res = await send(route, actor, params, body)
          expect({ route: key(route), seller: actor.handle, status: res.status }).toEqual({ route: key(route), seller: actor.handle, status: 403 })
          expect(await digest()).toEqual(before)
        }
      }
      const profile = await send({ method: "POST", path: "/vendor/sellers/me" }, pending, {}, { description: "Cheese since 1950" })
      expect(profile.status).toEqual(200)
    })

    it("lets staff work for the seller but keeps members and payout details with the owners", async () => {
      const { data: me } = await explained(api).get("/vendor/sellers/me", { headers: staff.headers })
      expect(me).toEqual(expect.objectContaining({ seller: expect.objectContaining({ id: a.id }), member: expect.objectContaining({ role: "staff" }) }))
      const before = await digest()
      const iban = await send({ method: "POST", path: "/vendor/sellers/me" }, staff, {}, { payout_iban: "DE89370400440532013000" })
      expect(iban.status).toEqual(403)
      expect((await send({ method: "POST", path: "/vendor/invites" }, staff, {}, { email: "x@sellers.example" })).status).toEqual(403)
      expect((await send({ method: "GET", path: "/vendor/members" }, staff)).status).toEqual(403)
      expect(await digest()).toEqual(before)
      expect((await send({ method: "POST", path: "/vendor/sellers/me" }, staff, {}, { description: "Goats and cheese" })).status).toEqual(200)
    })

    it("lets a removed member's identity register a seller of its own", async () => {
      const ok = explained(api)
      const { data: members } = await ok.get("/vendor/members", { headers: a.headers })
      const staffMember = members.members.find((m: any) => m.role === "staff")
      await ok.delete(`/vendor/members/${staffMember.id}`, { headers: a.headers })
      expect((await send({ method: "GET", path: "/vendor/sellers/me" }, staff)).status).toEqual(401)

      const stale = await send({ method: "POST", path: "/vendor/sellers" }, staff, {}, { handle: "staff-own", name: "Own", email: "staff@sellers.example", country_code: "de" })
      expect(stale.status).toEqual(400)
      const { data: login } = await ok.post("/auth/seller/emailpass", { email: "staff@sellers.example", password: "seller-secret-1" })
      const fresh = { headers: { authorization: `Bearer ${login.token}` } }
      const { data: created } = await ok.post("/vendor/sellers", { handle: "staff-own", name: "Own", email: "staff@sellers.example", country_code: "de" }, fresh)
      expect(created.seller).toEqual(expect.objectContaining({ handle: "staff-own", status: "pending" }))
    })

    it("answers CORS preflights for the storefront's origin only", async () => {
      const preflight = (origin: string) =>
        api.request({
          method: "OPTIONS",
          url: "/vendor/products",
          headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
        })
      const allowed = await preflight("http://localhost:8000")
      expect(allowed.status).toEqual(204)
      expect(allowed.headers["access-control-allow-origin"]).toEqual("http://localhost:8000")
      expect(allowed.headers["access-control-allow-credentials"]).toEqual("true")
      const other = await preflight("https://evil.test")
      expect(other.headers["access-control-allow-origin"]).toBeUndefined()
    })

    it("rejects ownership, status and commission fields in vendor bodies with 400", async () => {
      const before = await digest()
      const product = {
        title: "Sneaky",
        options: [{ title: "Size", values: ["One"] }],
        variants: [{ title: "One", options: { Size: "One" }, prices: [{ currency_code: "eur", amount: 5 }] }],
      }
      const cases: [Route, object, string][] = [
        [{ method: "POST", path: "/vendor/products" }, { ...product, seller_id: b.id }, "seller_id"],
        [{ method: "POST", path: "/vendor/products" }, { ...product, status: "published" }, "status"],
        [{ method: "POST", path: "/vendor/products/:id" }, { status: "published" }, "status"],
        [{ method: "POST", path: "/vendor/products/:id" }, { seller_id: b.id }, "seller_id"],
        [{ method: "POST", path: "/vendor/sellers/me" }, { commission_rate: 0 }, "commission_rate"],
        [{ method: "POST", path: "/vendor/sellers/me" }, { status: "approved" }, "status"],
        [{ method: "POST", path: "/vendor/sellers/me" }, { id: b.id, name: "B" }, "id"],
        [{ method: "POST", path: "/vendor/sellers/me" }, { logo_url: "javascript:alert(1)" }, "logo_url"],
      ]
      for (const [route, body, field] of cases) {
        const res = await send(route, a, fixture["GET /vendor/products/:id"].params, body)
        expect({ route: key(route), field, status: res.status }).toEqual({ route: key(route), field, status: 400 })
        expect(res.data.message).toContain(field)
      }
      expect(await digest()).toEqual(before)

      const query = await failure(api.get(`/vendor/products/${fixture["GET /vendor/products/:id"].params.id}?seller_id=${b.id}`, { headers: a.headers }))
      expect(query.status).toEqual(400)
      expect(query.data.message).toContain("seller_id")
    })
  },
})
