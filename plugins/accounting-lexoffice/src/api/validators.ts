import { z } from "@medusajs/framework/zod"

/** For routes that take no query parameters: any parameter is a 400 naming it, not silently ignored. */
export const NoQuery = z.object({}).strict()

/** For actions that take no body: any field is a 400 naming it. */
export const NoBody = z.object({}).strict()
