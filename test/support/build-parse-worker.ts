import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'

/**
 * Vitest global setup: builds the parse worker entry (as electron-vite builds it for the app) into a fresh folder
 * under node_modules/.cache (so its imports of pdf-lib and zod resolve) and tells the test ports where it is, so
 * services under test parse untrusted files in a real worker thread.
 */
export default async function buildParseWorker(): Promise<() => void> {
  const cache = resolve('node_modules/.cache')
  mkdirSync(cache, { recursive: true })
  const outDir = mkdtempSync(join(cache, 'handover-parse-worker-'))
  await build({
    configFile: false,
    resolve: { tsconfigPaths: true },
    logLevel: 'warn',
    build: {
      ssr: resolve('src/main/services/parsing/parse-worker.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'parse-worker.mjs' } }
    }
  })
  process.env.HANDOVER_PARSE_WORKER = join(outDir, 'parse-worker.mjs')
  return () => rmSync(outDir, { recursive: true, force: true })
}
