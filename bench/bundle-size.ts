import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { limited, relative, type Figure } from './figures'
import { LANGUAGES, SOURCE_LANGUAGE } from '../src/shared/i18n/languages'

const RENDERER = 'out/renderer'
const PRELOAD = 'out/preload/index.cjs'
/** The renderer's initial JavaScript is at most 120 KB gzipped (KB = 1,000 bytes, the stricter reading; docs/architecture.md, budgets). */
const LIMIT_KB = 120
/** The sandboxed preload is at most 10 KB as shipped (not gzipped). */
const PRELOAD_LIMIT_KB = 10

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

/** The namespaces the first screen waits for (src/renderer/src/i18n.ts), loaded on demand in the app's language. */
const FIRST_SCREEN_NAMESPACES = ['common', 'offboarding']

/** Gzipped bytes of one language's first-screen catalogue chunks (out/renderer/assets/locales/<language>/<namespace>-<hash>.js). */
function firstScreenStrings(language: string): number {
  const folder = join(RENDERER, 'assets', 'locales', language)
  const files = readdirSync(folder).filter((name) => FIRST_SCREEN_NAMESPACES.some((namespace) => name.startsWith(`${namespace}-`)))
  if (files.length !== FIRST_SCREEN_NAMESPACES.length)
    throw new Error(`Expected ${FIRST_SCREEN_NAMESPACES.join(' and ')} chunks in ${folder}, found ${files.join(', ')}`)
  return files.reduce((sum, name) => sum + gzipSync(readFileSync(join(folder, name))).length, 0)
}

/** What each language's first screen loads on demand besides the initial JavaScript, gzipped, compared with English. */
function perLanguageFigures(): Record<string, Figure> {
  const english = firstScreenStrings(SOURCE_LANGUAGE)
  return Object.fromEntries(
    LANGUAGES.map(({ code }) => [
      `first-screen strings, ${code}, gzipped`,
      relative(
        firstScreenStrings(code) / 1000,
        english / 1000,
        null,
        'KB',
        1,
        `${FIRST_SCREEN_NAMESPACES.join(' + ')}, loaded on demand, not in the initial JS; ratio to English`
      )
    ])
  )
}

/** Gzipped size of the renderer's initial JavaScript, read from the built out/renderer/index.html, and the preload's size. */
export function measureBundleSize(): Record<string, Figure> {
  const scripts = initialScripts(readFileSync(join(RENDERER, 'index.html'), 'utf8'))
  if (scripts.length === 0) throw new Error('No entry script in out/renderer/index.html')
  const gzipped = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(RENDERER, src))).length, 0)
  return {
    'renderer initial JS, gzipped': limited(
      gzipped / 1000,
      LIMIT_KB,
      'KB',
      1,
      `${scripts.length} file(s): ${scripts.join(', ')}; deterministic, one measurement`
    ),
    'preload bundle': limited(
      statSync(PRELOAD).size / 1000,
      PRELOAD_LIMIT_KB,
      'KB',
      1,
      `${PRELOAD}, as shipped; deterministic, one measurement`
    ),
    ...perLanguageFigures()
  }
}
