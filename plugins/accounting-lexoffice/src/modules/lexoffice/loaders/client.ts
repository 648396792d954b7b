import { asValue } from "@medusajs/framework/awilix"
import { LoaderOptions } from "@medusajs/framework/types"
import { LexofficeClient } from "../../../lib/client"
import { parseOptions } from "../../../lib/options"

/** The module's one Lexoffice client (and rate limiter), for the service and the other loaders. */
export default async function clientLoader({ container, options }: LoaderOptions) {
  container.register({ lexofficeClient: asValue(new LexofficeClient(parseOptions(options))) })
}
