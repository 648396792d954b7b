import SocialModuleService from "../../../modules/social/service"

/** A handle made from a name: ASCII lowercase letters and digits joined by single hyphens. */
export const handleFrom = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 24) || "shopper"

/** The wanted handle if no profile has it, else the first free `<handle>-2`, `-3`, … */
export async function freeHandle(service: SocialModuleService, wanted: string): Promise<string> {
  let handle = wanted
  for (let n = 2; (await service.listProfiles({ handle }, { select: ["id"] })).length; n++) handle = `${wanted}-${n}`
  return handle
}
