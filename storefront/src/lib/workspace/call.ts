// The outcome of a Vendor API call, for the workspace's server actions to turn into form state.
import { FetchError } from "@medusajs/js-sdk"

export type Attempt<T> = { ok: true; value: T } | { ok: false; status: number | undefined; message: string }

/** Runs a call; a failure comes back with its HTTP status (undefined when the backend was not reached). */
export async function attempt<T>(call: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await call() }
  } catch (error) {
    return {
      ok: false,
      status: error instanceof FetchError ? error.status : undefined,
      message: error instanceof Error ? error.message : String(error),
    }
  }
}
