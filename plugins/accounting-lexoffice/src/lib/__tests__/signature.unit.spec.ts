import { createSign, generateKeyPairSync } from "node:crypto"
import { verifySignature } from "../signature"

const pair = () => {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 })
  return { publicPem: publicKey.export({ type: "spki", format: "pem" }).toString(), privateKey }
}
const lexware = pair()
const forger = pair()

const body = Buffer.from(
  JSON.stringify({ organizationId: "aa93e8a8-2aa3-470b-b914-caad8a255dd8", eventType: "payment.changed", resourceId: "e9066f04", eventDate: "2026-01-15T10:00:00.000+01:00" })
)
const sign = (bytes: Buffer, key = lexware.privateKey) => createSign("RSA-SHA512").update(bytes).sign(key, "base64")

describe("verifySignature", () => {
  it("accepts the signature of the raw body by the key's holder", () => {
    expect(verifySignature(body, sign(body), lexware.publicPem)).toBe(true)
    expect(verifySignature(body, ` ${sign(body)}\n`, lexware.publicPem)).toBe(true)
  })

  it("refuses a signature by another key", () => {
    expect(verifySignature(body, sign(body, forger.privateKey), lexware.publicPem)).toBe(false)
  })

  it("refuses a body changed after signing, even when it means the same JSON", () => {
    const signature = sign(body)
    const changed = Buffer.from(body.toString().replace("payment.changed", "invoice.deleted"))
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(body.toString()), null, 2))
    expect(verifySignature(changed, signature, lexware.publicPem)).toBe(false)
    expect(verifySignature(reformatted, signature, lexware.publicPem)).toBe(false)
  })

  it("refuses missing or malformed headers without throwing", () => {
    for (const header of [undefined, "", "   ", "not base64!", "AAAA", sign(body).slice(0, 40)]) {
      expect(verifySignature(body, header, lexware.publicPem)).toBe(false)
    }
  })

  it("refuses everything with a broken key without throwing", () => {
    expect(verifySignature(body, sign(body), "not a key")).toBe(false)
  })
})
