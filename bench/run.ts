// The `npm run bench` entry, run by Node directly (type stripping): it bundles the bench with Vite,
// so the bench can import the app's sources as they are (extension-less imports, JSON, zod), then runs it.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { bundleBench } from './bundle.ts'

const OUT = resolve('out/bench')

await bundleBench(OUT, { suite: 'bench/suite.ts', 'memory-child': 'bench/memory-child.ts' })
await import(pathToFileURL(resolve(OUT, 'suite.mjs')).href)
