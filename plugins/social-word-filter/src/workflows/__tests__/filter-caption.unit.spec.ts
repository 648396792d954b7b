import { asValue } from "@medusajs/framework/awilix"
import { createMedusaContainer, MedusaError } from "@medusajs/framework/utils"
import { createHook, createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { z } from "@medusajs/framework/zod"
import { WORD_FILTER_MODULE } from "../../modules/word-filter"
import WordFilterService from "../../modules/word-filter/service"
import { filterCaption } from "../filter-caption"

// Stand-ins with the contract of Agora's create-post and update-post workflows: the hook runs before
// the write, and its optional result replaces the caption.
const result = z.object({ caption: z.string().max(2200) }).partial().strict().optional()
const written: string[] = []
const writeStep = createStep("write-caption", async (caption: string) => {
  written.push(caption)
  return new StepResponse(caption)
})

const createPost = createWorkflow("test-create-post", function (input: { profile_id: string; caption: string; images: { url: string; tags: { product_id: string }[] }[] }) {
  const postCreating = createHook("postCreating", input, { resultValidator: result })
  const caption = transform({ input, hooked: postCreating.getResult() }, ({ input, hooked }) => hooked?.caption ?? input.caption)
  return new WorkflowResponse(writeStep(caption), { hooks: [postCreating] })
})

const updatePost = createWorkflow("test-update-post", function (input: { post_id: string; profile_id: string; caption: string }) {
  const postUpdating = createHook("postUpdating", input, { resultValidator: result })
  const caption = transform({ input, hooked: postUpdating.getResult() }, ({ input, hooked }) => hooked?.caption ?? input.caption)
  return new WorkflowResponse(writeStep(caption), { hooks: [postUpdating] })
})

// Registered after both workflows were composed, as the backend's hooks file may be loaded after them.
createPost.hooks.postCreating(filterCaption)
updatePost.hooks.postUpdating(filterCaption)

function containerWith(options: unknown) {
  const container = createMedusaContainer()
  container.register(WORD_FILTER_MODULE, asValue(new WordFilterService({}, options)))
  return container
}

describe("filterCaption on the post hooks", () => {
  beforeEach(() => {
    written.length = 0
  })

  it("rejects a caption with a listed word before anything is written, on creation and on update", async () => {
    const container = containerWith({ words: ["scam"] })
    const create = createPost(container).run({ input: { profile_id: "prof_1", caption: "Best deal, not a Scam!", images: [] } })
    // Workflows reject with the error serialized; Medusa's error handler turns INVALID_DATA into a 400.
    await expect(create).rejects.toMatchObject({
      type: MedusaError.Types.INVALID_DATA,
      message: 'caption: contains a word that is not allowed ("scam")',
    })
    const update = updatePost(container).run({ input: { post_id: "post_1", profile_id: "prof_1", caption: "what a SCAM" } })
    await expect(update).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA, message: expect.stringMatching(/^caption: /) })
    expect(written).toEqual([])
  })

  it("masks the word in mask mode, on creation and on update", async () => {
    const container = containerWith({ words: ["scam"], mode: "mask" })
    const { result: created } = await createPost(container).run({ input: { profile_id: "prof_1", caption: "no #scam, no scampi", images: [] } })
    expect(created).toEqual("no #****, no scampi")
    const { result: updated } = await updatePost(container).run({ input: { post_id: "post_1", profile_id: "prof_1", caption: "SCAM" } })
    expect(updated).toEqual("****")
  })

  it("keeps a clean caption as it is", async () => {
    const container = containerWith({ words: ["scam"] })
    const { result } = await createPost(container).run({ input: { profile_id: "prof_1", caption: "Fresh scampi today", images: [] } })
    expect(result).toEqual("Fresh scampi today")
  })
})
