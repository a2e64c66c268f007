import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { limited, type Figure } from './figures'

const RENDERER = 'out/renderer'
/** DESIGN §5: the renderer's initial JavaScript is at most 200 KB gzipped (KB = 1,000 bytes, the stricter reading). */
const LIMIT_KB = 200

/** The scripts index.html loads before first paint: the module entry and its modulepreloads. */
function initialScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? []
  const srcs: string[] = []
  for (const tag of tags) {
    const isEntry = tag.startsWith('<script') && /type="module"/.test(tag)
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag)
    const src = /(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    if ((isEntry || isPreload) && src) srcs.push(src)
  }
  return srcs
}

/** Gzipped size of the renderer's initial JavaScript, read from the built out/renderer/index.html. */
export function measureBundleSize(): Record<string, Figure> {
  const scripts = initialScripts(readFileSync(join(RENDERER, 'index.html'), 'utf8'))
  if (scripts.length === 0) throw new Error('No entry script in out/renderer/index.html')
  const gzipped = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(RENDERER, src))).length, 0)
  return {
    'renderer initial JS, gzipped': limited(gzipped / 1000, LIMIT_KB, 'KB', 1, `${scripts.length} file(s): ${scripts.join(', ')}; deterministic, one measurement`)
  }
}
