import { expect, test } from "@playwright/test"
import { expectAccessible } from "./a11y"
import { backendApi, backendUrl } from "./admin"
import { mailedLink } from "./mailbox"
import { checkoutPayingLater, png, signUp, verifyEmail } from "./shopper"

test("a post with two photos and a product tag reaches a follower, who likes, comments and buys the product", async ({ browser, request }) => {
  const { json, admin } = await backendApi(request)
  const stamp = Date.now()
  const hashtag = `balcony${stamp}`

  // A new account posts once its e-mail address is verified through the mailed link.
  const authorContext = await browser.newContext()
  const author = await authorContext.newPage()
  const authorEmail = `maria-${stamp}@example.com`
  await signUp(author, { firstName: "Maria", lastName: "Kouri", email: authorEmail })
  await author.goto("/en/compose")
  await expect(author.getByTestId("verify-notice")).toContainText(authorEmail)
  await verifyEmail(author, authorEmail)

  // The author writes a post: two photos, a caption with a hashtag, the olive oil tagged on the first photo.
  await author.goto("/en/compose")
  await expect(author.getByRole("heading", { name: "New post" })).toBeVisible()
  await author.getByLabel("Images").setInputFiles([
    { name: "balcony.png", mimeType: "image/png", buffer: png(1200, 900, [190, 120, 40]) },
    { name: "jar.png", mimeType: "image/png", buffer: png(900, 1200, [60, 110, 70]) },
  ])
  await expect(author.getByRole("progressbar", { name: /balcony\.png/ })).toBeVisible()
  await expect(author.getByText("Uploaded")).toHaveCount(2)
  await author.getByLabel("Caption").fill(`Breakfast on the balcony #${hashtag}`)
  await author.getByLabel("Search products to tag").fill("olive")
  await author.getByRole("button", { name: "Tag Cretan Olive Oil" }).click()
  await author.getByRole("button", { name: "Place tag on image 1" }).click({ position: { x: 40, y: 60 } })
  await expectAccessible(author)
  await author.getByRole("button", { name: "Publish" }).click()
  await expect(author).toHaveURL(/\/en\/p\/post_\w+$/)
  const postId = author.url().match(/post_\w+/)![0]
  const card = author.getByRole("article", { name: "Post by Maria Kouri" })
  await expect(card.getByRole("link", { name: `#${hashtag}` })).toBeVisible()
  const handle = (await card.getByRole("link", { name: /^@/ }).first().innerText()).replace("@", "")

  // The post has both images, in order, and the tag with its position.
  const { post } = await json(await request.get(`${backendUrl}/store/posts/${postId}`, { headers: (await backendApi(request)).store }))
  expect(post.images).toHaveLength(2)
  expect(post.images[0].tags).toEqual([expect.objectContaining({ x: expect.any(Number), y: expect.any(Number) })])
  expect(post.products).toEqual([expect.objectContaining({ handle: "cretan-olive-oil" })])

  // A follower finds the author's profile and follows; the post arrives in the Following feed.
  const followerContext = await browser.newContext()
  const follower = await followerContext.newPage()
  const followerEmail = `nikos-${stamp}@example.com`
  await signUp(follower, { firstName: "Nikos", lastName: "Pappas", email: followerEmail })
  await verifyEmail(follower, followerEmail)
  await follower.goto(`/en/u/${handle}`)
  await expect(follower.getByRole("heading", { name: "Maria Kouri", level: 1 })).toBeVisible()
  await expectAccessible(follower)
  const follow = follower.getByRole("button", { name: "Follow" })
  await follow.click()
  await expect(follow).toHaveAttribute("aria-pressed", "true")

  // The timeline is written by a subscriber a moment after the follow.
  await expect(async () => {
    await follower.goto("/en/feed?tab=following")
    await expect(follower.getByRole("article", { name: "Post by Maria Kouri" })).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await expect(follower.getByRole("link", { name: "Following" })).toHaveAttribute("aria-current", "page")
  await expectAccessible(follower)
  const inFeed = follower.getByRole("article", { name: "Post by Maria Kouri" })
  const like = inFeed.getByRole("button", { name: "Like" })
  await expect(like).toHaveAttribute("aria-pressed", "false")
  await like.click()
  await expect(like).toHaveAttribute("aria-pressed", "true")
  await expect(like).toContainText("1")

  // On the post's page the follower comments, and the like is still there.
  await follower.goto(`/en/p/${postId}`)
  await expect(follower.getByRole("button", { name: "Like" })).toHaveAttribute("aria-pressed", "true")
  await follower.getByLabel("Add a comment").fill("That oil looks wonderful!")
  await follower.getByRole("button", { name: "Post comment" }).click()
  const comments = follower.locator("#comments")
  await expect(comments.getByText("That oil looks wonderful!")).toBeVisible()
  await expectAccessible(follower)

  // The follower opens the tagged product from the post and buys it.
  await follower.getByRole("article", { name: "Post by Maria Kouri" }).getByRole("link", { name: "Cretan Olive Oil" }).first().click()
  await expect(follower).toHaveURL(/\/en\/products\/cretan-olive-oil$/)
  const count = Number(await follower.getByTestId("cart-count").innerText())
  await follower.getByTestId("add-to-cart").click()
  await expect(follower.getByTestId("cart-count")).toHaveText(String(count + 1))
  const { orderId } = await checkoutPayingLater(follower)
  await expect(follower.getByRole("heading", { name: "Thank you for your order" })).toBeVisible()

  // The backend saw the like, the comment and the click on the tagged product.
  const { post: after } = await json(await request.get(`${backendUrl}/store/posts/${postId}`, { headers: (await backendApi(request)).store }))
  expect({ likes: after.likes_count, comments: after.comments_count }).toEqual({ likes: 1, comments: 1 })
  const { order } = await json(await request.get(`${backendUrl}/admin/orders/${orderId}?fields=items.product_handle`, { headers: admin }))
  expect(order.items.map((item: { product_handle: string }) => item.product_handle)).toContain("cretan-olive-oil")
  await mailedLink(followerEmail, "order_placed", `http://localhost:8000/en/account/orders/${orderId}`)

  // The author hears of the follower, the like and the comment: the bell, the notifications page, and e-mail.
  await author.goto("/en/feed")
  await expect(author.getByTestId("notification-bell")).toHaveAccessibleName("Notifications, 3 unread")
  await author.getByTestId("notification-bell").click()
  await expect(author.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible()
  await expect(author.getByTestId("notification-item")).toHaveCount(3)
  await expect(author.getByTestId("notification-item").first()).toContainText("That oil looks wonderful!")
  await expectAccessible(author)
  await author.getByTestId("mark-all-read").click()
  await expect(author.getByText("All notifications are marked as read.")).toBeVisible()
  await expect(author.getByTestId("notification-bell")).toHaveAccessibleName("Notifications")
  for (const type of ["new_follower", "post_liked", "post_commented"]) {
    await mailedLink(authorEmail, type, `http://localhost:8000/en/`)
  }
  await authorContext.close()
  await followerContext.close()
})
