import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * The public URL of each uploaded file (`POST /store/uploads`, `/vendor/uploads`); an id the file module
 * does not know is the caller's mistake, named by `field`.
 */
export async function fileUrls(container: MedusaContainer, ids: string[], field: (index: number) => string): Promise<string[]> {
  const files = container.resolve(Modules.FILE)
  return Promise.all(
    ids.map(async (id, i) => {
      try {
        return (await files.retrieveFile(id)).url
      } catch (error) {
        if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) throw error
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field(i)}: no uploaded file with this id (upload it first)`)
      }
    })
  )
}
