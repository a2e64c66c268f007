import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adbFixture, adbReplies } from '@harness/adb/adb-fixtures'
import { adbFingerprint } from '@main/services/usb/credential-store'
import { freePort } from '@harness/net/free-port'
import { FakeAdbDevice } from '@harness/adb/fake-adb-device'

const ADB = '/usr/bin/adb'
const run = promisify(execFile)
const available = existsSync(ADB)
if (!available) console.warn(`[usb] skipping the real-adb check of the fake device: ${ADB} is not installed (Debian package "adb").`)

/**
 * Checks the fake ADB device against the real Debian adb: `adb connect` makes a real adb server speak
 * the device protocol (CNXN, AUTH with its own RSA key, OPEN, WRTE, OKAY, CLSE) to it.
 */
describe.skipIf(!available)('fake adb device, checked with a real adb server', () => {
  const home = mkdtempSync(join(tmpdir(), 'handover-adb-device-home-'))
  let serverPort = 0
  const adb = async (...args: string[]) =>
    run(ADB, args, {
      env: { PATH: process.env.PATH ?? '/usr/bin', HOME: home, ANDROID_ADB_SERVER_PORT: String(serverPort) },
      timeout: 20_000
    })

  /** Waits until the adb server lists `serial` in `state`. */
  async function waitForState(serial: string, state: string): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { stdout } = await adb('devices')
      if (stdout.split('\n').some((line) => line === `${serial}\t${state}`)) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`adb never listed ${serial} as ${state}: ${(await adb('devices')).stdout}`)
  }

  beforeAll(async () => {
    serverPort = await freePort()
    await adb('start-server')
  })
  afterAll(async () => {
    await adb('kill-server').catch(() => {})
    rmSync(home, { recursive: true, force: true })
  })

  it('authenticates with the owner allowing the key, then serves getprop and dumpsys account byte for byte', async () => {
    const device = await FakeAdbDevice.start({ replies: adbReplies('hyperos2-tablet') })
    try {
      // adb 29 says "failed to authenticate" while the prompt is on screen, as with a real phone; the key is then allowed.
      await adb('connect', device.serial)
      await waitForState(device.serial, 'device')
      expect((await adb('-s', device.serial, 'shell', 'getprop')).stdout).toBe(adbFixture('hyperos2-tablet', 'getprop'))
      expect((await adb('-s', device.serial, 'shell', 'dumpsys', 'account')).stdout).toBe(adbFixture('hyperos2-tablet', 'dumpsys-account'))
      expect(device.opened).toEqual(['shell:getprop', 'shell:dumpsys account'])
      // The phone showed the fingerprint of adb's own key, as Android computes it.
      const publicKey = readFileSync(join(home, '.android', 'adbkey.pub'), 'utf8').split(' ')[0]
      expect(device.prompted).toEqual([adbFingerprint(Buffer.from(publicKey, 'base64'))])
      await adb('disconnect', device.serial)
    } finally {
      await device.close()
    }
  })

  it('remembers an allowed key: the next connection signs the token and asks nothing', async () => {
    const device = await FakeAdbDevice.start({ replies: adbReplies('no-accounts-phone') })
    try {
      await adb('connect', device.serial)
      await waitForState(device.serial, 'device')
      await adb('disconnect', device.serial)
      device.setPrompt('deny')
      await adb('connect', device.serial)
      await waitForState(device.serial, 'device')
      expect(device.prompted).toHaveLength(1)
      expect((await adb('-s', device.serial, 'shell', 'dumpsys', 'account')).stdout).toBe(
        adbFixture('no-accounts-phone', 'dumpsys-account')
      )
      await adb('disconnect', device.serial)
    } finally {
      await device.close()
    }
  })

  it('stays unauthorized while the owner refuses, and adb refuses the shell', async () => {
    const device = await FakeAdbDevice.start({ replies: adbReplies('hyperos2-tablet'), prompt: 'deny' })
    try {
      await adb('connect', device.serial)
      await waitForState(device.serial, 'unauthorized')
      await expect(adb('-s', device.serial, 'shell', 'getprop')).rejects.toMatchObject({ stderr: expect.stringMatching(/unauthorized/) })
      expect(device.opened).toEqual([])
      await adb('disconnect', device.serial)
    } finally {
      await device.close()
    }
  })
})
