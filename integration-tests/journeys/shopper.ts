import { expect, type Page } from "@playwright/test"
import { crc32, deflateSync } from "node:zlib"
import { mailedLink } from "./mailbox"

export const password = "agora-shopper-1"

/** Creates a customer account on the storefront and leaves the browser signed in. */
export async function signUp(page: Page, { firstName, lastName, email }: { firstName: string; lastName: string; email: string }) {
  await page.goto("/en/account")
  const form = page.locator("form", { has: page.getByRole("button", { name: "Create account" }) })
  await form.getByLabel("First name").fill(firstName)
  await form.getByLabel("Last name").fill(lastName)
  await form.getByLabel("Email").fill(email)
  await form.getByLabel("Password").fill(password)
  await form.getByRole("button", { name: "Create account" }).click()
  await expect(page.getByRole("heading", { name: `Hello, ${firstName}` })).toBeVisible()
}

const storefrontUrl = process.env.STOREFRONT_URL ?? "http://localhost:8000"

/** Opens the verification link mailed to `email` (customers: /verify-email, sellers: /sell/verify-email) and confirms it. */
export async function verifyEmail(page: Page, email: string, path = "/en/verify-email") {
  const link = await mailedLink(email, "email_verification", `${storefrontUrl}${path}?code=`)
  await page.goto(link)
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click()
  await expect(page.getByTestId("verify-email-status")).toContainText("Your e-mail address is verified.")
}

/** Checks out the cart with a German address, the first delivery method and pay later; returns the order's id and number. */
export async function checkoutPayingLater(page: Page, email?: string): Promise<{ orderId: string; number: string }> {
  await page.goto("/en/checkout")
  if (email) await page.getByLabel("Email").fill(email)
  await page.getByLabel("First name").fill("Eva")
  await page.getByLabel("Last name").fill("Schmidt")
  await page.getByLabel("Street and number").fill("Kastanienallee 12")
  await page.getByLabel("Postal code").fill("10435")
  await page.getByLabel("City").fill("Berlin")
  await page.getByLabel("Country", { exact: true }).selectOption("de")
  await page.getByRole("button", { name: "Continue to delivery" }).click()
  await expect(page.getByTestId("chosen-address")).toContainText("Kastanienallee 12")
  await page.getByRole("button", { name: "Continue to payment" }).click()
  await page.getByRole("radio", { name: /Pay later/ }).check()
  await page.getByRole("button", { name: "Place order and pay" }).click()
  await expect(page).toHaveURL(/\/en\/order\/order_\w+\/confirmed$/)
  return {
    orderId: page.url().match(/order_\w+/)![0],
    number: (await page.getByTestId("order-number").innerText()).replace("#", ""),
  }
}

/** A solid-colour PNG, as a phone photo stands in for one: the storefront decodes and resizes it in the browser. */
export function png(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())])
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  return Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))])
}
