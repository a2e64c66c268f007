import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
const entry = process.argv[2]
await build({ configFile: false, logLevel: 'warn', build: { ssr: true, outDir: resolve('out/probe'), emptyOutDir: true, minify: false, rollupOptions: { input: { p: resolve(entry) }, output: { format: 'es', entryFileNames: '[name].mjs' } } } })
await import(pathToFileURL(resolve('out/probe/p.mjs')).href)
