import { createHmac, timingSafeEqual } from "node:crypto"
import { createServer } from "node:http"
import { AddressInfo } from "node:net"

// storefront/src/lib/cms/signature.ts, copied (the backend does not import the storefront): the checks its
// POST /api/revalidate makes before dropping any cached read.
const MAX_SKEW_SECONDS = 300
const TAG = /^(cms-[a-z0-9-]+|products|categories|collections|regions|posts|(product|seller)-[a-z0-9-]+)$/

function verifySignature(secret: string, timestamp: string | undefined, signature: string | undefined, body: string): boolean {
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return false
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`)
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function parseTags(body: string): string[] | null {
  try {
    const tags = (JSON.parse(body) as { tags?: unknown } | null)?.tags
    if (!Array.isArray(tags) || tags.length < 1 || tags.length > 20) return null
    if (!tags.every((tag): tag is string => typeof tag === "string" && tag.length <= 200 && TAG.test(tag))) return null
    return [...new Set(tags)]
  } catch {
    return null
  }
}

/** One POST /api/revalidate as the fake storefront saw it; `closedAt` is when the sender hung up. */
export type Revalidation = { tags: string[] | null; signed: boolean; at: number; closedAt?: number }

export type FakeStorefront = {
  url: string
  requests: Revalidation[]
  /** ok: 200 (401/400 as the storefront for a bad signature or tags); fail: 500; hang: never answers. */
  mode: "ok" | "fail" | "hang"
  close(): Promise<void>
}

/** A storefront's /api/revalidate on 127.0.0.1 and a random port that records what it is asked to drop. */
export async function startFakeStorefront(secret: string): Promise<FakeStorefront> {
  const fake = { requests: [] as Revalidation[], mode: "ok" as FakeStorefront["mode"] }
  const server = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/api/revalidate") return void res.writeHead(404).end()
    let body = ""
    req.setEncoding("utf8")
    req.on("data", (chunk: string) => (body += chunk))
    req.on("end", () => {
      const header = (name: string) => req.headers[name] as string | undefined
      const signed = verifySignature(secret, header("x-agora-timestamp"), header("x-agora-signature"), body)
      const request: Revalidation = { tags: parseTags(body), signed, at: Date.now() }
      fake.requests.push(request)
      res.on("close", () => (request.closedAt = Date.now()))
      if (fake.mode === "hang") return
      if (fake.mode === "fail") return void res.writeHead(500).end()
      const status = !signed ? 401 : request.tags ? 200 : 400
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ revalidated: request.tags }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  })
}
