// The `npm run bench` entry, run by Node directly (type stripping): it bundles the bench with Vite,
// so the bench can import the app's sources as they are (extension-less imports, JSON, zod), then runs it.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const OUT = resolve('out/bench')

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: OUT,
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: { suite: resolve('bench/suite.ts'), 'memory-child': resolve('bench/memory-child.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs' }
    }
  }
})
await import(pathToFileURL(resolve(OUT, 'suite.mjs')).href)
