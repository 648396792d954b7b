import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StockInput = { location_id: string; levels: { inventory_item_id: string; stocked_quantity: number }[] }

/** Sets stocked quantities at a location, creating missing levels; the compensation restores them. */
export const setStockStep = createStep(
  "set-stock",
  async ({ location_id, levels }: StockInput, { container }) => {
    if (!levels.length) return new StepResponse(undefined)
    const inventory = container.resolve(Modules.INVENTORY)
    const existing = await inventory.listInventoryLevels({
      location_id,
      inventory_item_id: levels.map((l) => l.inventory_item_id),
    })
    const previous = new Map(existing.map((l) => [l.inventory_item_id, l.stocked_quantity as number]))
    const toUpdate = levels.filter((l) => previous.has(l.inventory_item_id))
    const toCreate = levels.filter((l) => !previous.has(l.inventory_item_id))
    if (toUpdate.length) await inventory.updateInventoryLevels(toUpdate.map((l) => ({ ...l, location_id })))
    if (toCreate.length) await inventory.createInventoryLevels(toCreate.map((l) => ({ ...l, location_id })))
    return new StepResponse(undefined, {
      location_id,
      restored: toUpdate.map((l) => ({ inventory_item_id: l.inventory_item_id, stocked_quantity: previous.get(l.inventory_item_id)! })),
      created: toCreate.map((l) => l.inventory_item_id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.restored.length) {
      await inventory.updateInventoryLevels(undo.restored.map((l) => ({ ...l, location_id: undo.location_id })))
    }
    if (undo.created.length) {
      const levels = await inventory.listInventoryLevels({ location_id: undo.location_id, inventory_item_id: undo.created })
      await inventory.deleteInventoryLevels(levels.map((l) => l.id))
    }
  }
)
