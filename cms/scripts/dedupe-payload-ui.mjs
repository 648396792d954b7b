// npm installs @payloadcms/ui twice: in cms/node_modules (for the Lexical editor) and under the hoisted
// @payloadcms/next, since both need React 19 and the root has the backend admin's React 18. Two copies
// are two React contexts: the editor's fields found no config and every document with rich text failed
// to open in the admin. Before a build, the nested copy becomes a link to the CMS's own.
import { existsSync, lstatSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cms = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const own = path.join(cms, 'node_modules', '@payloadcms', 'ui')
// Where Node finds @payloadcms/next from cms/ (its exports hide package.json from require.resolve).
const next = [cms, path.dirname(cms)].map((dir) => path.join(dir, 'node_modules', '@payloadcms', 'next')).find(existsSync)
const nested = next && path.join(next, 'node_modules', '@payloadcms', 'ui')

const stat = (file) => {
  try {
    return lstatSync(file)
  } catch {
    return null
  }
}
const version = (dir) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version

if (nested && stat(own) && stat(nested) && !stat(nested).isSymbolicLink()) {
  if (version(own) !== version(nested)) {
    console.error(`@payloadcms/ui ${version(own)} in cms/ but ${version(nested)} under @payloadcms/next: pin the same version`)
    process.exit(1)
  }
  // Swap in the link before removing the copy, so an interrupted run leaves a working tree.
  const link = `${nested}.link`
  rmSync(link, { force: true })
  symlinkSync(path.relative(path.dirname(nested), own), link, 'dir')
  const old = `${nested}.old`
  renameSync(nested, old)
  renameSync(link, nested)
  rmSync(old, { recursive: true, force: true })
  console.log(`@payloadcms/ui: ${path.relative(cms, nested)} now links to cms/node_modules/@payloadcms/ui`)
}
