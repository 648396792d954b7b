import { createVerify } from "node:crypto"

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/**
 * Whether `header` (X-Lxo-Signature) is the base64 RSA-SHA512 signature of exactly these bytes by the
 * holder of the key. The raw body, as received: JSON parsed and serialised again would not be the same
 * bytes. False for a missing or malformed header or key; never throws, so a forged request cannot
 * crash the route.
 */
export function verifySignature(rawBody: Buffer, header: string | undefined, publicKeyPem: string): boolean {
  const signature = header?.trim()
  if (!signature || !BASE64.test(signature)) return false
  try {
    return createVerify("RSA-SHA512").update(rawBody).verify(publicKeyPem, signature, "base64")
  } catch {
    return false
  }
}
