// Sums the summary lines of jest, vitest, Playwright and node:test so a run can end with one "N passed, N failed" line.

const strip = (text) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "")

/** Counts from one runner's output: jest `Tests: 1 failed, 5 passed, 6 total`, vitest `Tests  1 failed | 4 passed (5)`, Playwright `5 passed (3.1s)`, node:test `# pass 15`. */
export function countResults(output) {
  const total = { passed: 0, failed: 0, skipped: 0 }
  for (const raw of strip(output).split("\n")) {
    const line = raw.trim()
    const summary =
      line.match(/^Tests:\s+(.*) total$/)?.[1] ?? // jest
      line.match(/^Tests\s+(.*)\(\d+\)$/)?.[1] ?? // vitest
      (line.match(/^\d+ (passed|failed|skipped|flaky)( \(.*\))?$/) ? line : null) // playwright, one per line
    const node = line.match(/^# (pass|fail|cancelled|skipped|todo) (\d+)$/) // node:test, one per line
    if (node) {
      const kind = node[1] === "pass" ? "passed" : ["fail", "cancelled"].includes(node[1]) ? "failed" : "skipped"
      total[kind] += Number(node[2])
      continue
    }
    if (!summary) continue
    for (const [, n, kind] of summary.matchAll(/(\d+) (passed|failed|skipped|todo|flaky)/g)) {
      if (kind === "passed" || kind === "flaky") total.passed += Number(n)
      else if (kind === "failed") total.failed += Number(n)
      else total.skipped += Number(n)
    }
  }
  return total
}

export function add(a, b) {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }
}

export function format({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`
}
