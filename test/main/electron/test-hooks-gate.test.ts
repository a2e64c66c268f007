import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_HOOKS_KEY } from '@main/electron/test-hooks'
import { testAdbDevices, testHooksRequested } from '@main/electron/test-hooks-gate'
import { runTool } from '../../support/project-tools'
import { tempDir } from '../../support/temp-dir'

function builtMain(mode: 'production' | 'test'): string {
  const out = join(tempDir('handover-hooks-'), 'out')
  runTool('electron-vite', ['build', '--mode', mode, '--outDir', out])
  return readFileSync(join(out, 'main/index.js'), 'utf8')
}

describe('main-process test hooks', () => {
  it('a launch asks for them only with HANDOVER_TEST_HOOKS=1', () => {
    expect(testHooksRequested({ HANDOVER_TEST_HOOKS: '1' })).toBe(true)
    expect(testHooksRequested({})).toBe(false)
    expect(testHooksRequested({ HANDOVER_TEST_HOOKS: 'true' })).toBe(false)
    expect(testHooksRequested({ HANDOVER_TEST_HOOKS: '0' })).toBe(false)
  })

  it('a launch puts only loopback adbds in place of the USB bus, and only when it names them all well', () => {
    expect(testAdbDevices({ HANDOVER_TEST_ADB_DEVICES: '127.0.0.1:40123' })).toEqual([{ host: '127.0.0.1', port: 40123 }])
    expect(testAdbDevices({ HANDOVER_TEST_ADB_DEVICES: '127.0.0.1:40123, 127.0.0.1:40124' })).toEqual([
      { host: '127.0.0.1', port: 40123 },
      { host: '127.0.0.1', port: 40124 }
    ])
    expect(testAdbDevices({})).toBeNull()
    expect(testAdbDevices({ HANDOVER_TEST_ADB_DEVICES: '' })).toBeNull()
    expect(testAdbDevices({ HANDOVER_TEST_ADB_DEVICES: '192.168.1.20:5555' })).toBeNull()
    expect(testAdbDevices({ HANDOVER_TEST_ADB_DEVICES: '127.0.0.1:40123,phone.example:5555' })).toBeNull()
    expect(testAdbDevices({ HANDOVER_TEST_ADB_DEVICES: '127.0.0.1:0' })).toBeNull()
    expect(testAdbDevices({ HANDOVER_TEST_ADB_DEVICES: '127.0.0.1:70000' })).toBeNull()
  })

  it('exist in a test build and are left out of a normal one', () => {
    const test = builtMain('test')
    expect(test).toContain(TEST_HOOKS_KEY)
    expect(test).toContain('HANDOVER_TEST_ADB_DEVICES')
    const production = builtMain('production')
    expect(production).not.toContain(TEST_HOOKS_KEY)
    expect(production).not.toContain('HANDOVER_TEST_ADB_DEVICES')
  }, 240_000)
})
