import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { extractFile, listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_HOOKS_KEY } from '../../src/main/electron/test-hooks'
import { releaseFuses } from '../../scripts/release-fuses'
import { runTool } from '../support/project-tools'
import { writeStandInDist } from '../support/stand-in-electron'
import { tempDir } from '../support/temp-dir'

const electronVersion = JSON.parse(readFileSync(resolve('node_modules/electron/package.json'), 'utf8')).version as string
const ON = '1'.charCodeAt(0)
const OFF = '0'.charCodeAt(0)

let app: string

/** `electron-builder --linux dir` of the release build against a stand-in Electron dist: no download, the real packaging. */
function packageDir(env: Record<string, string> = {}): string {
  const work = tempDir('handover-release-')
  const dist = writeStandInDist(join(work, 'electron-dist'), `v${electronVersion}`)
  const output = join(work, 'release')
  runTool('electron-builder', ['--linux', 'dir', `-c.electronDist=${dist}`, `-c.directories.output=${output}`, `-c.directories.app=${app}`], { ...process.env, ...env })
  return join(output, 'linux-unpacked')
}

// A release build of its own (npm test's out/ is a test build): package.json, out/ and the window icon.
beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'handover-release-app-'))
  cpSync(resolve('package.json'), join(app, 'package.json'))
  cpSync(resolve('resources/icon.png'), join(app, 'resources/icon.png'))
  runTool('electron-vite', ['build', '--outDir', join(app, 'out')])
})
afterAll(() => rmSync(app, { recursive: true, force: true }))

describe('the packaged release build', () => {
  it('app.asar holds the built app and nothing else, within 10 MB', () => {
    const appDir = packageDir()
    const asar = join(appDir, 'resources/app.asar')
    const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'))
    const size = statSync(asar).size
    console.log(`[release] app.asar: ${(size / 1024 / 1024).toFixed(2)} MB, ${entries.length} entries`)

    expect(entries).toEqual(expect.arrayContaining(['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/resources/icon.png', '/package.json']))
    const stray = entries.filter((entry) => !/^\/(out(\/|$)|resources(\/icon\.png)?$|package\.json$)/.test(entry))
    expect(stray).toEqual([])
    expect(size).toBeLessThanOrEqual(10 * 1024 * 1024)
    expect(extractFile(asar, 'out/main/index.js').toString('utf8')).not.toContain(TEST_HOOKS_KEY)
  })

  it('flips the release fuses in the packaged executable, read back from its wire', async () => {
    const wire = await getCurrentFuseWire(join(packageDir(), 'handover'))
    console.log(`[release] fuse wire: ${JSON.stringify(wire)}`)
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON)
  })

  it('a test build keeps only the --inspect arguments, for Playwright', async () => {
    const wire = await getCurrentFuseWire(join(packageDir({ HANDOVER_TEST_BUILD: '1' }), 'handover'))
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(ON)
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
    expect(releaseFuses({ testBuild: true })).toEqual({ ...releaseFuses({ testBuild: false }), enableNodeCliInspectArguments: true })
  })
})
