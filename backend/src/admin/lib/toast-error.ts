import { toast } from "@medusajs/ui"

/** Shows a failed API call to the operator; the SDK puts the API's own message on the error. */
export function toastError(error: Error) {
  toast.error(error.message)
}
