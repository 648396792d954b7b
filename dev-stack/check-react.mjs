// Checks which React each built app bundles: the Medusa admin must ship React 18, the CMS and the
// storefront React 19. npm workspaces hoist one React to the root, so a wrong resolution would only
// show in the built bundles. Run after `npm run build`.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { fail, log, root } from "./lib.mjs"

const apps = [
  { name: "backend admin", dir: "backend/.medusa/server/public/admin", major: "18" },
  { name: "cms", dir: "cms/.next/static", major: "19" },
  { name: "storefront", dir: "storefront/.next/static", major: "19" },
]

// React and React DOM embed their version as a string literal, e.g. "18.3.1" or "19.3.0-canary-…".
const versionLiteral = /"(1[89]\.\d+\.\d+(?:-canary-[0-9a-f]+-\d+)?)"/g

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) yield* jsFiles(file)
    else if (name.endsWith(".js")) yield file
  }
}

let ok = true
for (const app of apps) {
  const dir = path.join(root, app.dir)
  if (!existsSync(dir)) fail(`${app.dir} is missing; run npm run build first`)
  const versions = new Set()
  for (const file of jsFiles(dir)) {
    for (const [, version] of readFileSync(file, "utf8").matchAll(versionLiteral)) versions.add(version)
  }
  const found = [...versions].sort()
  const right = found.length > 0 && found.every((v) => v.startsWith(`${app.major}.`))
  ok &&= right
  log(`${right ? "ok  " : "FAIL"} ${app.name}: bundles React ${found.join(", ") || "(none found)"}, expected ${app.major}.x`)
}
process.exit(ok ? 0 : 1)
