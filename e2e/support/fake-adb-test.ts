import { createTcpAdb } from '@main/services/usb/tcp-adb'
import { FakeAdbServer } from '@harness/adb/fake-adb-server'
import { test } from '../fixtures'

/** The app with its `Adb` port talking to a fake adb server on loopback, which the spec scripts (both tiers). */
export const fakeAdbTest = test.extend<{ fakeAdb: FakeAdbServer }>({
  // eslint-disable-next-line no-empty-pattern
  fakeAdb: async ({}, use) => {
    const fake = await FakeAdbServer.start()
    await use(fake)
    await fake.close()
  },
  portOverrides: async ({ fakeAdb }, use) => {
    await use({ adb: createTcpAdb({ address: { host: '127.0.0.1', port: fakeAdb.port } }) })
  },
  electronEnv: async ({ fakeAdb }, use) => {
    await use({ ANDROID_ADB_SERVER_PORT: String(fakeAdb.port) })
  }
})
