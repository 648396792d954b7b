import { execFileSync } from 'child_process'
import path from 'path'
import { fileURLToPath } from 'url'

const cms = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Brings the test database to the current schema with the command production uses (`payload migrate`).
export default function migrate(): void {
  // With VITEST set, Payload switches to a module loading path that, under the CLI's tsx loader,
  // sometimes never settles: the CLI then exits 0 without migrating. Run it as production does.
  const env = { ...process.env }
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name]
  execFileSync('npm', ['run', '--silent', 'migrate'], { cwd: cms, env, stdio: 'inherit' })
}
