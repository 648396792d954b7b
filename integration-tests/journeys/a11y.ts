import AxeBuilder from "@axe-core/playwright"
import { expect, type Page } from "@playwright/test"

// WCAG 2.1 A and AA, the level the storefront promises.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

/**
 * Runs axe-core on the page as it is now and fails on serious or critical violations, naming each rule and the
 * first elements it found. Minor and moderate findings are printed, not failed.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // After a client-side navigation Next.js streams the new page's <title> in after its body: wait for it.
  await expect(page).toHaveTitle(/\S/)
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const describe = (v: (typeof violations)[number]) =>
    `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")})`
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
  const other = violations.filter((v) => !blocking.includes(v))
  if (other.length) console.log(`axe on ${page.url()}:\n  ${other.map(describe).join("\n  ")}`)
  expect(blocking.map(describe), `axe on ${page.url()}`).toEqual([])
}
