import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failure } from "../../helpers/marketplace"
import { rowCounts, signedInCustomer, uploadTwoImages } from "../../helpers/social"
import { explained, seedShop, Shop } from "../../helpers/store"

// The example plugin (plugins/social-word-filter) is configured from these when this file's app boots.
process.env.SOCIAL_BLOCKED_WORDS = "scam, fake gold"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    const rows = () => rowCounts(dbConnection, ["profile", "post", "post_image", "post_tag", "hashtag", "post_hashtag"])

    it("blocks a post whose caption has a configured word, on creation and on edit, writing nothing", async () => {
      const ok = explained(api)
      const author = await signedInCustomer(api, shop, "wordy@example.com", "Wordy")
      const [first, second] = await uploadTwoImages(api, author)
      const before = await rows()

      for (const caption of ["Not a SCAM, promise! #deal", "Real #FAKE gold here"]) {
        const res = await failure(api.post("/store/posts", { caption, images: [{ file_id: first }] }, author))
        expect({ caption, status: res.status, type: res.data.type }).toEqual({ caption, status: 400, type: "invalid_data" })
        expect(res.data.message).toMatch(/^caption: contains a word that is not allowed/)
      }
      // The author's profile, created on this first post, was undone with it.
      expect(await rows()).toEqual(before)

      // A word that merely contains a blocked one passes; editing the caption to a blocked one does not.
      const { status, data } = await ok.post("/store/posts", { caption: "Fresh scampi #deal", images: [{ file_id: second }] }, author)
      expect(status).toEqual(201)
      const edit = await failure(api.post(`/store/posts/${data.post.id}`, { caption: "scam" }, author))
      expect(edit.status).toEqual(400)
      expect((await ok.get(`/store/posts/${data.post.id}`, { headers: shop.headers })).data.post.caption).toEqual("Fresh scampi #deal")
    })
  },
})
