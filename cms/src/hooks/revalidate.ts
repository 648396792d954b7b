import { createHmac } from 'crypto'
import type { Payload } from 'payload'

import { env } from '../env'

const timeoutMs = 5_000

// The signature the storefront's /api/revalidate recomputes: HMAC-SHA256 over "<timestamp>.<body>".
export function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

// Tells the storefront to drop its cached fetches with these tags. A failure is only logged: the
// editor's save has already succeeded, and the storefront's cache expires on its own.
export async function revalidate(payload: Payload, tags: string[]): Promise<void> {
  const secret = env.revalidateSecret
  if (!secret || tags.length === 0) return
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
