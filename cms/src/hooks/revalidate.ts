import { createHmac } from 'crypto'
import type { Payload, PayloadRequest } from 'payload'

import { env } from '../env'

const timeoutMs = 5_000
const pollMs = 10
// A transaction still open after this belongs to a caller that holds it on purpose: tell anyway.
const transactionWaitMs = 30_000

// The signature the storefront's /api/revalidate recomputes: HMAC-SHA256 over "<timestamp>.<body>".
export function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

// Tells the storefront to drop its cached fetches with these tags, once `req`'s save is committed.
// Payload runs change hooks inside the save's transaction and has no after-commit hook; a storefront
// told earlier could refetch, and cache for an hour, the row as it was before the save. So with a
// transaction open the call waits for it to end (commit or rollback), without delaying the save.
export async function revalidate(req: PayloadRequest, tags: string[]): Promise<void> {
  const secret = env.revalidateSecret
  if (!secret || tags.length === 0) return
  if (!req.transactionID) return send(req.payload, secret, tags)
  void transactionEnded(req).then(() => send(req.payload, secret, tags))
}

// Payload removes `transactionID` from the request when it commits or rolls back.
async function transactionEnded(req: PayloadRequest): Promise<void> {
  for (let waited = 0; req.transactionID && waited < transactionWaitMs; waited += pollMs) {
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

// A failure is only logged: the editor's save has already succeeded, and the storefront's cache
// expires on its own.
async function send(payload: Payload, secret: string, tags: string[]): Promise<void> {
  const body = JSON.stringify({ tags })
  const timestamp = String(Math.floor(Date.now() / 1000))
  const url = `${env.storefrontInternalUrl}/api/revalidate`
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-agora-timestamp': timestamp,
        'x-agora-signature': sign(secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) {
      payload.logger.error(`revalidate ${tags.join(', ')}: ${url} answered ${response.status}`)
    }
  } catch (err) {
    payload.logger.error({ err }, `revalidate ${tags.join(', ')}: ${url} failed`)
  }
}
