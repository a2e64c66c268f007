import { createOfflineAdb } from '@harness/ports/offline-adb'
import { createTcpAdb } from '@main/services/usb/tcp-adb'
import { tcpDeviceSource } from '@main/services/usb/tcp-daemon-device'
import { webUsbDeviceSource } from '@main/services/usb/webusb-transport'
import { adbFixture, adbReplies } from '@harness/adb/adb-fixtures'
import { FakeAdbDevice } from '@harness/adb/fake-adb-device'
import { FakeAdbServer } from '@harness/adb/fake-adb-server'
import { ADB_INTERFACE, FakeUsbDevice, FakeWebUsb } from '@harness/adb/fake-webusb'
import { startSaleAndReturnToUsb } from './support/usb-run'
import { expect, test } from './fixtures'
import { closedLoopbackPort } from './support/closed-port'

/**
 * The app with no adb program anywhere: its `Adb` port finds no server, and the phone (a fake adbd on loopback,
 * reached through Tango's daemon transport) is talked to directly with the app's own key.
 */
const directTest = test.extend<{ fakeDevice: FakeAdbDevice }>({
  // eslint-disable-next-line no-empty-pattern
  fakeDevice: async ({}, use) => {
    const fake = await FakeAdbDevice.start({ replies: adbReplies('hyperos2-tablet'), prompt: 'wait' })
    await use(fake)
    await fake.close()
  },
  portOverrides: async ({ fakeDevice }, use) => {
    await use({
      adb: createOfflineAdb(),
      directUsb: tcpDeviceSource([{ host: '127.0.0.1', port: fakeDevice.port }])
    })
  },
  // In Electron: no adb server answers on its port, and the test build puts the fake adbd in place of the USB bus.
  electronEnv: async ({ fakeDevice }, use) => {
    await use({ ANDROID_ADB_SERVER_PORT: String(await closedLoopbackPort()), HANDOVER_TEST_ADB_DEVICES: `127.0.0.1:${fakeDevice.port}` })
  }
})

directTest('with no adb anywhere: allow the key shown, read the phone, and confirm the Xiaomi sign-out', async ({ app, fakeDevice }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read a phone over USB' }).click()
  // Directly over USB: the phone asks, and the screen shows the fingerprint the phone shows.
  await expect(app.getByText('Directly over USB: no adb program is needed.', { exact: false })).toBeVisible()
  await expect(app.getByText(/has not allowed this computer yet/)).toBeVisible()
  await expect.poll(() => fakeDevice.prompted.length).toBe(1)
  const key = app.getByRole('group', { name: 'This computer’s USB debugging key' })
  await expect(key.locator('code')).toHaveText(fakeDevice.prompted[0])
  await app.snap('usb-direct-prompt')
  fakeDevice.answerPrompts(true)
  await expect(app.getByText(/Connected: phone …\d{4}, ready to read\./)).toBeVisible()

  // Read the phone to make its record, then start its handover so the checks are journalled in the run.
  await app.getByRole('button', { name: 'Read phone' }).click()
  const changes = app.getByRole('table', { name: 'Changes to the phone’s record' })
  await expect(changes.getByRole('row', { name: /Model number/ })).toContainText('24018RPACG')
  await app.getByRole('button', { name: 'Continue to the new phone’s form' }).click()
  const form = app.getByRole('dialog', { name: 'Add a phone' })
  await expect(form.getByLabel('Model number')).toHaveValue('24018RPACG')
  await form.getByLabel('Nickname').pressSequentially('Kitchen tablet')
  await form.getByRole('button', { name: 'Save phone' }).click()
  await expect(form).toBeHidden()
  await startSaleAndReturnToUsb(app.page, 'Kitchen tablet')

  // Still signed in, then signed out: the step is confirmed over USB.
  await app.getByRole('button', { name: 'Check accounts' }).click()
  const verdicts = app.getByRole('list', { name: 'Account check' })
  await expect(verdicts).toContainText('A Xiaomi account is still signed in.')
  fakeDevice.setReply('dumpsys account', adbFixture('hyperos2-tablet', 'dumpsys-account-after-sign-out'))
  await app.getByRole('button', { name: 'Check again' }).click()
  await expect(verdicts).toContainText('No Xiaomi account on any user.')
  await app.snap('usb-direct-signed-out')
  await app.getByRole('button', { name: '← Kitchen tablet' }).click()
  await app.getByRole('button', { name: 'Continue handover' }).click()
  const step = app.getByRole('navigation', { name: 'Steps' }).getByRole('listitem').filter({ hasText: 'Sign out of the Xiaomi account' })
  await expect(step).toContainText('Confirmed over USB')
})

directTest(
  'a refused prompt is never clean; forgetting the key makes the phone ask again with the new fingerprint',
  async ({ app, fakeDevice }) => {
    await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read a phone over USB' }).click()
    await expect.poll(() => fakeDevice.prompted.length).toBe(1)
    await expect(app.getByRole('button', { name: 'Check accounts' })).toBeDisabled()
    const key = app.getByRole('group', { name: 'This computer’s USB debugging key' })
    const first = fakeDevice.prompted[0]
    await expect(key.locator('code')).toHaveText(first)

    await key.getByRole('button', { name: 'Forget this computer’s key' }).click()
    const dialog = app.getByRole('alertdialog', { name: 'Forget this computer’s key?' })
    await dialog.getByRole('button', { name: 'Forget the key' }).click()
    await expect.poll(() => fakeDevice.prompted.length).toBe(2)
    expect(fakeDevice.prompted[1]).not.toBe(first)
    await expect(key.locator('code')).toHaveText(fakeDevice.prompted[1])
    await app.snap('usb-direct-new-key')
  }
)

/** With an adb server answering, the app uses it and leaves the phone's USB alone. */
const serverTest = test.extend<{ fakeServer: FakeAdbServer; fakeDevice: FakeAdbDevice }>({
  // eslint-disable-next-line no-empty-pattern
  fakeServer: async ({}, use) => {
    const fake = await FakeAdbServer.start()
    await use(fake)
    await fake.close()
  },
  // eslint-disable-next-line no-empty-pattern
  fakeDevice: async ({}, use) => {
    const fake = await FakeAdbDevice.start({ replies: adbReplies('hyperos2-tablet') })
    await use(fake)
    await fake.close()
  },
  portOverrides: async ({ fakeServer, fakeDevice }, use) => {
    await use({
      adb: createTcpAdb({ address: { host: '127.0.0.1', port: fakeServer.port } }),
      directUsb: tcpDeviceSource([{ host: '127.0.0.1', port: fakeDevice.port }])
    })
  },
  electronEnv: async ({ fakeServer, fakeDevice }, use) => {
    await use({ ANDROID_ADB_SERVER_PORT: String(fakeServer.port), HANDOVER_TEST_ADB_DEVICES: `127.0.0.1:${fakeDevice.port}` })
  }
})

serverTest('with an adb server running, the USB check uses it and says so', async ({ app, fakeServer, fakeDevice }) => {
  fakeServer.connect({ serial: 'HT7Q00DEMO01', state: 'device', replies: adbReplies('hyperos2-tablet') })
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read a phone over USB' }).click()
  await expect(app.getByText('Through the adb server already running on this computer', { exact: false })).toBeVisible()
  await expect(app.getByText('Connected: phone …MO01, ready to read.')).toBeVisible()
  await app.getByRole('button', { name: 'Read phone' }).click()
  await expect(app.getByRole('table', { name: 'Changes to the phone’s record' }).getByRole('row', { name: /Model number/ })).toContainText(
    '24018RPACG'
  )
  expect(fakeDevice.prompted).toEqual([])
  expect(fakeDevice.opened).toEqual([])
  await app.snap('usb-server-in-use')
})

serverTest('a phone the OS will not hand over on Linux: the screen gives the udev rule to install', async ({ app, fakeServer }) => {
  fakeServer.connect({ serial: 'HT7Q00DEMO01', state: 'no permissions (user in plugdev group; are your udev rules wrong?)', replies: {} })
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read a phone over USB' }).click()
  const setup = app.getByRole('group', { name: 'Allowing this computer to use the phone (Linux)' })
  await expect(setup).toBeVisible()
  const command = setup.getByLabel('Command that installs the udev rule')
  await expect(command).toContainText('ATTR{idVendor}=="2717"')
  await expect(command).toContainText('ENV{ID_USB_INTERFACES}=="*:ff4201:*"')
  await expect(command).toContainText('sudo udevadm control --reload-rules')
  await app.snap('usb-linux-udev')
})

/** Direct USB through WebUSB (a fake one), with the phone's interface held by another program. */
const busyTest = test.extend<{ webUsb: FakeWebUsb }>({
  // eslint-disable-next-line no-empty-pattern
  webUsb: async ({}, use) => {
    const usb = new FakeWebUsb()
    usb.plug(
      new FakeUsbDevice({
        vendorId: 0x2717,
        productId: 0xff48,
        serialNumber: 'DEMOBUSY0001',
        interfaces: [{ number: 0, ...ADB_INTERFACE }],
        claimFailure: 'busy'
      })
    )
    await use(usb)
  },
  portOverrides: async ({ webUsb }, use) => {
    await use({ adb: createOfflineAdb(), directUsb: webUsbDeviceSource(webUsb.asUsb()) })
  }
})

// eslint-disable-next-line no-empty-pattern
busyTest.beforeEach(({}, testInfo) => {
  busyTest.skip(
    testInfo.project.name === 'electron',
    'The fake WebUSB is an object in the test process: only the Chromium tier, whose services run there, can plug it in place of the usb addon.'
  )
})

busyTest('a phone held by another program: the screen says which programs to close', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read a phone over USB' }).click()
  await expect(app.getByText('Another program is using the phone’s USB debugging connection.', { exact: false })).toContainText(
    'Close Android Studio, scrcpy'
  )
  await expect(app.getByText('recovery or fastboot', { exact: false })).toHaveCount(0)
  await expect(app.getByRole('button', { name: 'Check accounts' })).toBeDisabled()
  await app.snap('usb-direct-busy')
})
