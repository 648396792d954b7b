// `npm run bench:lighthouse`: Lighthouse (mobile, its default simulated throttling) on the production build's
// home, a category, a product, the feed and a profile, each run three times; prints every run and the medians next
// to the targets, and exits 1 when a median misses one. Uses the stack that answers on localhost, else `npm start`.
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { bin, ensureInstalled, fail, log, startStack, waitForHttp } from "../dev-stack/lib.mjs"

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "3" },
    locale: { type: "string", default: "en" },
    url: { type: "string", default: process.env.STOREFRONT_URL ?? "http://localhost:8000" },
  },
})
const runs = Number.parseInt(flags.runs, 10)
if (!(runs >= 1 && runs <= 15)) fail("--runs must be a whole number from 1 to 15")
const chromium = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
if (!existsSync(chromium)) fail(`no chromium at ${chromium}; install Debian's (apt-get install chromium) or set CHROME_PATH`)

// The issue's targets, as Lighthouse scores (0-100).
const targets = { performance: 90, accessibility: 100, "best-practices": 95, seo: 100 }
const categories = Object.keys(targets)

ensureInstalled()
const base = flags.url.replace(/\/$/, "")
let stack
if (await waitForHttp(`${base}/${flags.locale}`, { timeoutMs: 1_000 })) {
  log(`using the storefront at ${base}`)
} else {
  stack = await startStack("the benchmark")
}

try {
  const pages = await pickPages()
  const results = []
  for (const page of pages) {
    const scores = []
    for (let i = 1; i <= runs; i++) {
      const score = await lighthouse(page.url)
      scores.push(score)
      log(`${page.name} run ${i}/${runs}: ${categories.map((c) => `${c} ${score[c]}`).join(", ")}`)
    }
    results.push({ ...page, scores, median: Object.fromEntries(categories.map((c) => [c, median(scores.map((s) => s[c]))])) })
  }
  const missed = report(results)
  process.exitCode = missed ? 1 : 0
} finally {
  if (stack) await stack.stop()
}

/**
 * Home, the first category the catalog links to, the first product on that category's page, the feed (a guest's
 * explore tab) and the profile of the first post's author on it.
 */
async function pickPages() {
  const home = `${base}/${flags.locale}`
  const catalog = await html(`${home}/products`)
  const category = catalog.match(/href="(\/[a-z]{2}\/products\?category=[^"&]+)"/)?.[1]
  if (!category) fail("the catalog links to no category; is the demo seeded?")
  const categoryUrl = `${base}${category.replaceAll("&amp;", "&")}`
  const product = (await html(categoryUrl)).match(/href="(\/[a-z]{2}\/products\/[^"?#]+)"/)?.[1]
  if (!product) fail(`${categoryUrl} lists no product`)
  const feed = `${home}/feed`
  const profile = (await html(feed)).match(/href="(\/[a-z]{2}\/u\/[^"?#]+)"/)?.[1]
  if (!profile) fail(`${feed} links to no profile; is the demo seeded?`)
  return [
    { name: "home", url: home },
    { name: "category", url: categoryUrl },
    { name: "product", url: `${base}${product}` },
    { name: "feed", url: feed },
    { name: "profile", url: `${base}${profile}` },
  ]
}

async function html(url) {
  const res = await fetch(url)
  if (!res.ok) fail(`${url} answered ${res.status}`)
  return res.text()
}

/** One Lighthouse run (the npm package's CLI) in a fresh headless chromium; the four category scores. */
async function lighthouse(url) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "agora-lighthouse-"))
  const out = path.join(dir, "report.json")
  try {
    const args = [
      url,
      `--only-categories=${categories.join(",")}`,
      "--output=json",
      `--output-path=${out}`,
      "--quiet",
      // No sandbox: CI runs as root. No outside network on these machines: keep chromium from calling home.
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync",
    ]
    const code = await new Promise((resolve) => {
      const child = spawn(bin("lighthouse"), args, { env: { ...process.env, CHROME_PATH: chromium }, stdio: ["ignore", "ignore", "inherit"] })
      child.on("exit", resolve)
    })
    if (code !== 0 || !existsSync(out)) fail(`lighthouse exited with ${code} on ${url}`)
    const report = JSON.parse(readFileSync(out, "utf8"))
    if (report.runtimeError) fail(`lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`)
    return Object.fromEntries(categories.map((c) => [c, Math.round(report.categories[c].score * 100)]))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}

/** Prints the table; true when a median is below its target. */
function report(results) {
  const head = ["page", ...categories.map((c) => `${c} (target ${targets[c]})`)]
  const rows = results.map(({ name, scores, median: m }) => [
    name,
    ...categories.map((c) => `${m[c]}  [${scores.map((s) => s[c]).join(" ")}]${m[c] < targets[c] ? "  MISSED" : ""}`),
  ])
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((row) => row[i].length)))
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join("  ")
  console.log(`\nLighthouse ${runs}× mobile per page; median [runs]:`)
  console.log(line(head))
  for (const row of rows) console.log(line(row))
  for (const { name, url } of results) console.log(`${name}: ${url}`)
  const missed = rows.some((row) => row.some((cell) => cell.endsWith("MISSED")))
  console.log(missed ? "lighthouse: a median is below its target" : "lighthouse: every median meets its target")
  return missed
}
