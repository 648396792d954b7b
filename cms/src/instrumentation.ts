// Next calls register() once when the server starts, so a bad environment stops `next start` and
// `next dev` right away instead of on the first request that loads the Payload config.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./env')
}
