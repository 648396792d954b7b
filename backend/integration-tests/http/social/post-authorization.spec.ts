import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { approveSeller, failure, productBody, registerSeller, signInAdmin } from "../../helpers/marketplace"
import { JPEG, publishedProductIds, rowCounts, signedInCustomer, uploadForm, uploadTwoImages } from "../../helpers/social"
import { explained, seedShop, Shop } from "../../helpers/store"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let shop: Shop

    beforeAll(async () => {
      shop = await seedShop(getContainer())
    })

    // Rows of every social table, to prove a refused request wrote nothing.
    const snapshot = () =>
      rowCounts(dbConnection, ["profile", "post", "post_image", "post_tag", "hashtag", "post_like", "post_comment", "post_report"])

    it("hides other people's posts and comments behind 404s", async () => {
      const ok = explained(api)
      const author = await signedInCustomer(api, shop, "owner@example.com", "Owner")
      const other = await signedInCustomer(api, shop, "other@example.com", "Other")
      const files = await uploadTwoImages(api, author)
      const { data } = await ok.post("/store/posts", { caption: "Mine #authz", images: [{ file_id: files[0] }] }, author)
      const post = data.post
      const { data: theirs } = await ok.post(`/store/posts/${post.id}/comments`, { body: "Nice" }, other)
      const { data: mine } = await ok.post(`/store/posts/${post.id}/comments`, { body: "Thanks" }, author)

      const before = await snapshot()
      for (const [name, request] of [
        ["edit", () => api.post(`/store/posts/${post.id}`, { caption: "Stolen" }, other)],
        ["delete", () => api.delete(`/store/posts/${post.id}`, other)],
        ["delete the author's comment", () => api.delete(`/store/posts/${post.id}/comments/${mine.comment.id}`, other)],
        ["edit an unknown post", () => api.post("/store/posts/post_missing", { caption: "x" }, other)],
      ] as const) {
        const res = await failure(request())
        expect({ name, status: res.status }).toEqual({ name, status: 404 })
      }
      expect(await snapshot()).toEqual(before)
      expect((await ok.get(`/store/posts/${post.id}`, { headers: shop.headers })).data.post.caption).toEqual("Mine #authz")

      // A seller cannot touch a customer's post through the vendor routes either.
      const admin = await signInAdmin(api)
      const seller = await registerSeller(api, "authz-seller")
      await approveSeller(api, admin, seller.id)
      expect((await failure(api.post(`/vendor/posts/${post.id}`, { caption: "x" }, { headers: seller.headers }))).status).toEqual(404)
      expect((await failure(api.delete(`/vendor/posts/${post.id}`, { headers: seller.headers }))).status).toEqual(404)

      // The comment's author and the post's author may delete a comment.
      await ok.delete(`/store/posts/${post.id}/comments/${theirs.comment.id}`, author)
      await ok.delete(`/store/posts/${post.id}/comments/${mine.comment.id}`, author)
      expect((await ok.get(`/store/posts/${post.id}`, other)).data.post.comments_count).toEqual(0)
      expect((await failure(api.post("/store/posts", { images: [{ file_id: files[1] }] }, { headers: shop.headers }))).status).toEqual(401)
    })

    it("refuses bad input with a 400 that names the field, and writes nothing", async () => {
      const ok = explained(api)
      const author = await signedInCustomer(api, shop, "careful@example.com", "Careful")
      const files = await uploadTwoImages(api, author)
      const [published] = await publishedProductIds(api, shop, 1)
      const admin = await signInAdmin(api)
      const seller = await registerSeller(api, "draft-seller")
      await approveSeller(api, admin, seller.id)
      const { data: proposed } = await ok.post("/vendor/products", productBody("Unreviewed Jam", 900, 5), { headers: seller.headers })

      const image = (tags: object[] = []) => [{ file_id: files[0], tags }]
      const before = await snapshot()
      for (const [body, field] of [
        [{ caption: "#jam", images: image([{ product_id: proposed.product.id }]) }, "images.0.tags.0.product_id"],
        [{ caption: "#jam", images: image([{ product_id: published }, { product_id: "prod_missing" }]) }, "images.0.tags.1.product_id"],
        [{ caption: "x".repeat(2201), images: image() }, "caption"],
        [{ caption: "ok", images: image(), status: "hidden" }, "status"],
        [{ caption: "ok", images: image([{ product_id: published, x: 1.5 }]) }, "x"],
        [{ caption: "ok", images: image(Array.from({ length: 6 }, () => ({ product_id: published }))) }, "tags"],
        [{ caption: "ok", images: [] }, "images"],
        [{ caption: "ok", images: [{ file_id: "not-uploaded.png" }] }, "images.0.file_id"],
      ] as const) {
        const res = await failure(api.post("/store/posts", body, author))
        expect({ field, status: res.status }).toEqual({ field, status: 400 })
        expect({ field, message: res.data.message }).toEqual({ field, message: expect.stringContaining(field) })
      }

      expect(await snapshot()).toEqual(before)

      const { data } = await ok.post("/store/posts", { caption: "Fine #jam", images: image([{ product_id: published }]) }, author)
      const posted = await snapshot()
      for (const [body, field] of [
        [{ caption: "y".repeat(2201) }, "caption"],
        [{ images: [{ id: "pimg_other", tags: [] }] }, "images.0.id"],
        [{ images: [{ id: data.post.images[0].id, tags: [{ product_id: proposed.product.id }] }] }, "images.0.tags.0.product_id"],
        [{ likes_count: 1000 }, "likes_count"],
      ] as const) {
        const res = await failure(api.post(`/store/posts/${data.post.id}`, body, author))
        expect({ field, status: res.status }).toEqual({ field, status: 400 })
        expect({ field, message: res.data.message }).toEqual({ field, message: expect.stringContaining(field) })
      }
      for (const [body, field] of [
        [{ body: "" }, "body"],
        [{ body: "z".repeat(1001) }, "body"],
        [{ body: "hi", parent_id: "cmt_missing" }, "parent_id"],
      ] as const) {
        const res = await failure(api.post(`/store/posts/${data.post.id}/comments`, body, author))
        expect({ field, status: res.status }).toEqual({ field, status: 400 })
        expect({ field, message: res.data.message }).toEqual({ field, message: expect.stringContaining(field) })
      }
      const report = await failure(api.post(`/store/posts/${data.post.id}/reports`, { reason: "boring" }, author))
      expect({ status: report.status, message: report.data.message }).toEqual({ status: 400, message: expect.stringContaining("reason") })
      expect(await snapshot()).toEqual(posted)

      // Uploads: only JPEG, PNG or WebP by content (not by name or declared type), at most 10 MB.
      const uploads: [string, FormData][] = [
        ["files.0", uploadForm([{ name: "notes.png", type: "image/png", bytes: Buffer.from("just text, not an image") }])],
        ["files.1", uploadForm([{ name: "a.jpg", type: "image/jpeg", bytes: JPEG }, { name: "evil.svg", type: "image/svg+xml", bytes: Buffer.from("<svg onload=alert(1)>") }])],
        ["files", uploadForm([{ name: "huge.jpg", type: "image/jpeg", bytes: Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)]) }])],
        ["files", new FormData()],
      ]
      for (const [field, form] of uploads) {
        const res = await failure(api.post("/store/uploads", form, author))
        expect({ field, status: res.status }).toEqual({ field, status: 400 })
        expect({ field, message: res.data.message }).toEqual({ field, message: expect.stringContaining(field) })
      }
    })
  },
})
