import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { extractFile, listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_HOOKS_KEY } from '@main/electron/test-hooks'
import { releaseFuses } from '../../scripts/release-fuses'
import { runTool } from '../support/project-tools'
import { writeStandInDist } from '../support/stand-in-electron'
import { tempDir } from '../support/temp-dir'

const electronVersion = JSON.parse(readFileSync(resolve('node_modules/electron/package.json'), 'utf8')).version as string
const ON = '1'.charCodeAt(0)
const OFF = '0'.charCodeAt(0)

let app: string
/** Building and packaging take seconds alone and minutes on a loaded machine. */
const BUILD_TIMEOUT_MS = 180_000

/** `electron-builder --linux dir` of the release build against a stand-in Electron dist: no download, the real packaging. */
function packageDir(env: Record<string, string> = {}): string {
  const work = tempDir('handover-release-')
  const dist = writeStandInDist(join(work, 'electron-dist'), `v${electronVersion}`)
  const output = join(work, 'release')
  runTool(
    'electron-builder',
    ['--linux', 'dir', `-c.electronDist=${dist}`, `-c.directories.output=${output}`, `-c.directories.app=${app}`],
    { ...process.env, ...env }
  )
  return join(output, 'linux-unpacked')
}

// A release build of its own (npm test's out/ is a test build): package.json, out/ and the window icon.
beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'handover-release-app-'))
  cpSync(resolve('package.json'), join(app, 'package.json'))
  cpSync(resolve('resources/icon.png'), join(app, 'resources/icon.png'))
  runTool('electron-vite', ['build', '--outDir', join(app, 'out')])
}, BUILD_TIMEOUT_MS)
afterAll(() => rmSync(app, { recursive: true, force: true }))

/**
 * A stand-in 'electron' module with every name the bundle imports: any call answers with a
 * harmless stand-in. Creating the window, the last step of start-up, leaves a promise rejected
 * that nobody awaits and then ends the process.
 */
function electronStub(bundle: string): string {
  const names =
    /import\s+(\w+\s*,\s*)?\{([^}]*)\}\s*from\s*"electron"/
      .exec(bundle)?.[2]
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean) ?? []
  return [
    'const anything = new Proxy(function () {}, { get: (_t, key) => (key === "then" ? undefined : key === Symbol.toPrimitive ? () => "" : anything), apply: () => anything, construct: () => anything })',
    'const stubApp = { isPackaged: false, getPath: () => process.env.STUB_USER_DATA, getVersion: () => "0.0.0-stub", getPreferredSystemLanguages: () => ["en-US"], requestSingleInstanceLock: () => true, on: () => {}, quit: () => {}, whenReady: () => Promise.resolve() }',
    'stubApp.exit = (code) => process.exit(code)',
    'const stubDialog = { showErrorBox: (title, message) => console.error(`stub: ${title}: ${message}`) }',
    'class StubWindow { constructor() { console.log("stub: window created"); void Promise.reject(new Error("a made-up promise nobody awaited")); setImmediate(() => process.exit(0)); return anything } }',
    'const known = { app: stubApp, dialog: stubDialog, BrowserWindow: StubWindow }',
    ...names.map((name) => `export const ${name} = known.${name} ?? anything`),
    'export default anything'
  ].join('\n')
}

/** The modules the main process loads at run time: package.json's dependencies and theirs, as installed here. */
function runtimeModules(): string[] {
  const found = new Set<string>()
  const visit = (name: string) => {
    if (found.has(name)) return
    let manifest: { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }
    try {
      manifest = JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8'))
    } catch {
      return // an optional dependency for another platform, not installed here
    }
    found.add(name)
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dependency)
  }
  const project = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { dependencies?: Record<string, string> }
  for (const name of Object.keys(project.dependencies ?? {})) visit(name)
  return [...found]
}

describe('the packaged release build', () => {
  it(
    'its bundled main process starts (services over a data folder, then the window) with Electron stubbed, and survives an unhandled rejection',
    () => {
      const stubs = tempDir('handover-electron-stub-')
      const dataDir = join(stubs, 'data')
      writeFileSync(join(stubs, 'electron.mjs'), electronStub(readFileSync(join(app, 'out/main/index.js'), 'utf8')))
      writeFileSync(
        join(stubs, 'hooks.mjs'),
        `export async function resolve(specifier, context, next) {\n  return specifier === 'electron' ? { url: ${JSON.stringify(pathToFileURL(join(stubs, 'electron.mjs')).href)}, shortCircuit: true } : next(specifier, context)\n}\n`
      )
      writeFileSync(
        join(stubs, 'register.mjs'),
        `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(join(stubs, 'hooks.mjs')).href)})\n`
      )
      const run = spawnSync(
        process.execPath,
        ['--import', pathToFileURL(join(stubs, 'register.mjs')).href, join(app, 'out/main/index.js')],
        {
          encoding: 'utf8',
          // The runtime dependencies (the usb addon) resolve from the project's node_modules, as they would from app.asar.
          env: { ...process.env, STUB_USER_DATA: stubs, HANDOVER_DATA_DIR: dataDir, NODE_PATH: resolve('node_modules') },
          timeout: 60_000
        }
      )
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('stub: window created')
      expect(readdirSync(dataDir)).toContain('data-format.json')
      const log = readFileSync(join(stubs, 'logs/handover.log'), 'utf8')
      expect(log).toContain('INFO  Handover 0.0.0-stub starting')
      expect(log.split('\n').filter((line) => line.includes(' ERROR '))).toEqual([
        expect.stringMatching(/ERROR unhandled rejection in the main process: Error: a made-up promise nobody awaited$/)
      ])
    },
    BUILD_TIMEOUT_MS
  )

  it(
    'app.asar holds the built app and nothing else, within 10 MB',
    () => {
      const appDir = packageDir()
      const asar = join(appDir, 'resources/app.asar')
      const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'))
      const size = statSync(asar).size
      console.log(`[release] app.asar: ${(size / 1024 / 1024).toFixed(2)} MB, ${entries.length} entries`)

      expect(entries).toEqual(
        expect.arrayContaining([
          '/out/main/index.js',
          '/out/preload/index.cjs',
          '/out/renderer/index.html',
          '/resources/icon.png',
          '/package.json'
        ])
      )
      const runtime = runtimeModules()
      const isRuntimeModule = (entry: string) =>
        entry === '/node_modules' ||
        runtime.some(
          (name) =>
            entry === `/node_modules/${name}` ||
            entry.startsWith(`/node_modules/${name}/`) ||
            `/node_modules/${name}`.startsWith(`${entry}/`)
        )
      const stray = entries.filter(
        (entry) => !/^\/(out(\/|$)|resources(\/icon\.png)?$|package\.json$)/.test(entry) && !isRuntimeModule(entry)
      )
      expect(stray).toEqual([])
      // Native addons are unpacked next to the archive: Electron cannot load a .node file from inside app.asar.
      const addons = entries.filter((entry) => entry.endsWith('.node'))
      for (const addon of addons) expect(statSync(join(appDir, 'resources/app.asar.unpacked', addon)).isFile()).toBe(true)
      expect(size).toBeLessThanOrEqual(10 * 1024 * 1024)
      expect(extractFile(asar, 'out/main/index.js').toString('utf8')).not.toContain(TEST_HOOKS_KEY)
    },
    BUILD_TIMEOUT_MS
  )

  it(
    'flips the release fuses in the packaged executable, read back from its wire',
    async () => {
      const wire = await getCurrentFuseWire(join(packageDir(), 'handover'))
      console.log(`[release] fuse wire: ${JSON.stringify(wire)}`)
      expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
      expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF)
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF)
      expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON)
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
      expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF)
      expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON)
    },
    BUILD_TIMEOUT_MS
  )

  it(
    'a test build keeps only the --inspect arguments, for Playwright',
    async () => {
      const wire = await getCurrentFuseWire(join(packageDir({ HANDOVER_TEST_BUILD: '1' }), 'handover'))
      expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(ON)
      expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
      expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
      expect(releaseFuses({ testBuild: true })).toEqual({ ...releaseFuses({ testBuild: false }), enableNodeCliInspectArguments: true })
    },
    BUILD_TIMEOUT_MS
  )
})
