import { MedusaContainer } from "@medusajs/framework/types"
import { sendAlertWorkflow } from "./send-alert"

/** Wraps a scheduled job: an error it throws becomes an operator alert (one per job and dedup window), then is rethrown. */
export function alertOnFailure(name: string, job: (container: MedusaContainer) => Promise<void>) {
  return async (container: MedusaContainer) => {
    try {
      await job(container)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      // An alert that cannot be sent must not hide the job's own error.
      await sendAlertWorkflow(container).run({
        input: { key: `job.failed:${name}`, source: "Scheduled job", title: `${name} failed`, detail },
        throwOnError: false,
      })
      throw error
    }
  }
}
