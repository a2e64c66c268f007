import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adbFixture } from '@harness/adb/adb-fixtures'
import { FakeAdbServer } from '@harness/adb/fake-adb-server'

const ADB = '/usr/bin/adb'
const run = promisify(execFile)
const available = existsSync(ADB)
if (!available) console.warn(`[usb] skipping the real-adb check of the fake server: ${ADB} is not installed (Debian package "adb").`)

/**
 * Checks the fake server against the real Debian adb client, so the fake (and so every other USB test)
 * speaks the protocol as a real adb server does.
 */
describe.skipIf(!available)('fake adb server, checked with the real adb client', () => {
  let fake: FakeAdbServer
  const home = mkdtempSync(join(tmpdir(), 'handover-adb-home-'))
  const adb = (...args: string[]) =>
    run(ADB, ['-P', String(fake.port), ...args], { env: { PATH: process.env.PATH ?? '/usr/bin', HOME: home }, timeout: 15_000 })

  beforeAll(async () => {
    fake = await FakeAdbServer.start()
  })
  afterAll(async () => {
    await fake.close()
    rmSync(home, { recursive: true, force: true })
  })

  it('lists phones with their states (adb devices)', async () => {
    fake.connect({ serial: 'DEMO0001', state: 'device', replies: {} })
    fake.connect({ serial: 'DEMO0002', state: 'unauthorized', replies: {} })
    const { stdout } = await adb('devices')
    expect(stdout).toBe('List of devices attached\nDEMO0001\tdevice\nDEMO0002\tunauthorized\n\n')
    fake.disconnect('DEMO0001')
    fake.disconnect('DEMO0002')
  })

  it('serves getprop byte for byte (adb shell getprop)', async () => {
    const getprop = adbFixture('hyperos2-tablet', 'getprop')
    fake.connect({ serial: 'DEMO0003', state: 'device', replies: { getprop } })
    const { stdout } = await adb('shell', 'getprop')
    expect(stdout).toBe(getprop)
    fake.disconnect('DEMO0003')
  })

  it('picks one phone among several (adb -s SERIAL shell dumpsys account)', async () => {
    fake.connect({
      serial: 'DEMO0004',
      state: 'device',
      replies: { 'dumpsys account': adbFixture('second-space-phone', 'dumpsys-account') }
    })
    fake.connect({
      serial: 'DEMO0005',
      state: 'device',
      replies: { 'dumpsys account': adbFixture('no-accounts-phone', 'dumpsys-account') }
    })
    const { stdout } = await adb('-s', 'DEMO0005', 'shell', 'dumpsys', 'account')
    expect(stdout).toBe(adbFixture('no-accounts-phone', 'dumpsys-account'))
    await expect(adb('shell', 'getprop')).rejects.toMatchObject({ stderr: expect.stringMatching(/more than one device/) })
    fake.disconnect('DEMO0004')
    fake.disconnect('DEMO0005')
  })

  it('refuses an unauthorized phone with the message adb users know', async () => {
    fake.connect({ serial: 'DEMO0006', state: 'unauthorized', replies: {} })
    await expect(adb('shell', 'getprop')).rejects.toMatchObject({ stderr: expect.stringMatching(/device unauthorized/) })
    fake.disconnect('DEMO0006')
  })

  it('was never asked to stop or replaced by a real server (versions agree)', () => {
    expect(fake.requests).toContain('host:version')
    expect(fake.requests).not.toContain('host:kill')
  })
})
