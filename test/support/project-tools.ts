import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const ENTRIES = {
  'electron-vite': 'node_modules/electron-vite/bin/electron-vite.js',
  'electron-builder': 'node_modules/electron-builder/cli.js'
} as const

/** Runs one of the project's build tools on the current Node (works where .bin shims are .cmd files); throws with its output when it fails. */
export function runTool(tool: keyof typeof ENTRIES, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(process.execPath, [resolve(ENTRIES[tool]), ...args], { encoding: 'utf8', env })
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}
