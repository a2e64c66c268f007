import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { build } from 'vite'

/** Where the Chromium tier's window.api bridge is bundled. */
export const BRIDGE_BUNDLE = resolve('out/e2e/bridge.js')

/** Bundles the bridge (the preload's own buildApi, over Playwright bindings) as one script for addInitScript. */
export async function buildBridge(): Promise<void> {
  const output = await build({
    configFile: false,
    resolve: { tsconfigPaths: true },
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve('harness/chromium/bridge-entry.ts'), formats: ['iife'], name: 'HandoverBridge' }
    }
  })
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []))
  const code = chunks.find((c) => c.type === 'chunk')
  if (!code || code.type !== 'chunk') throw new Error('The e2e bridge did not build.')
  mkdirSync(dirname(BRIDGE_BUNDLE), { recursive: true })
  writeFileSync(BRIDGE_BUNDLE, code.code)
}
