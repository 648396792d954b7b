import { afterEach, beforeAll, describe, expect, it, vi } from "vitest"

import { forwardImage } from "./image-upload"

const shop = "http://localhost:8000"
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]

beforeAll(() => {
  vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend.test:9000")
  vi.stubEnv("MEDUSA_PUBLISHABLE_KEY", "pk_test")
  vi.stubEnv("STOREFRONT_URL", shop)
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** An upload from the shop's page: one file in `files`, unless the form or headers say otherwise. */
function upload({ bytes = JPEG, form, headers = {} }: { bytes?: number[]; form?: FormData; headers?: object } = {}) {
  const body = form ?? new FormData()
  if (!form) body.append("files", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), "jar.jpg")
  return new Request(`${shop}/api/uploads`, { method: "POST", body, headers: { origin: shop, ...headers } })
}

const target = { path: "/store/uploads", token: async () => "jwt" }

/** The backend's answer to the forwarded upload, and the calls it got. */
function backend(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = []
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return Response.json(body, { status })
  })
  return calls
}

describe("forwardImage", () => {
  it("forwards one image with the session's token and answers its absolute URL", async () => {
    const calls = backend(201, { files: [{ id: "f1", url: "/static/f1.jpg" }] })
    const answer = await forwardImage(upload(), target)
    expect(answer.status).toBe(201)
    expect(await answer.json()).toEqual({ files: [{ id: "f1", url: "http://backend.test:9000/static/f1.jpg" }] })
    expect(calls).toHaveLength(1)
    expect(calls[0].url).toBe("http://backend.test:9000/store/uploads")
    expect(calls[0].init.headers).toMatchObject({ authorization: "Bearer jwt", "x-publishable-api-key": "pk_test" })
    const file = (calls[0].init.body as FormData).get("files") as File
    expect([file.name, file.type, file.size]).toEqual(["jar.jpg", "image/jpeg", JPEG.length])
  })

  it("refuses another origin and a signed-out request without calling the backend", async () => {
    const calls = backend(201, {})
    expect((await forwardImage(upload({ headers: { origin: "https://evil.example" } }), target)).status).toBe(403)
    expect((await forwardImage(upload(), { ...target, token: async () => undefined })).status).toBe(401)
    expect(calls).toHaveLength(0)
  })

  it("refuses anything but one JPEG, PNG or WebP image in the files field", async () => {
    const calls = backend(201, {})
    const two = new FormData()
    two.append("files", new Blob([new Uint8Array(JPEG)]), "a.jpg")
    two.append("files", new Blob([new Uint8Array(JPEG)]), "b.jpg")
    const other = new FormData()
    other.append("image", new Blob([new Uint8Array(JPEG)]), "a.jpg")
    expect((await forwardImage(upload({ form: two }), target)).status).toBe(400)
    expect((await forwardImage(upload({ form: other }), target)).status).toBe(400)
    const svg = await forwardImage(upload({ bytes: [...new TextEncoder().encode("<svg xmlns")] }), target)
    expect(svg.status).toBe(415)
    expect(await svg.json()).toEqual({ message: "jar.jpg is not a JPEG, PNG or WebP image" })
    const json = new Request(`${shop}/api/uploads`, { method: "POST", body: "{}", headers: { origin: shop } })
    expect((await forwardImage(json, target)).status).toBe(400)
    expect(calls).toHaveLength(0)
  })

  it("refuses a body past 10 MB unread", async () => {
    backend(201, {})
    const declared = upload({ headers: { "content-length": String(11 * 1024 * 1024) } })
    expect((await forwardImage(declared, target)).status).toBe(413)
  })

  it("passes the backend's refusals on and turns its failures into 502", async () => {
    backend(403, { message: "Seller is not approved" })
    const refused = await forwardImage(upload(), target)
    expect([refused.status, await refused.json()]).toEqual([403, { message: "Seller is not approved" }])
    backend(500, { message: "boom" })
    vi.spyOn(console, "error").mockImplementation(() => {})
    expect((await forwardImage(upload(), target)).status).toBe(502)
  })
})
