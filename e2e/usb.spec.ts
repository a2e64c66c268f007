import { adbFixture, adbReplies } from '@harness/adb/adb-fixtures'
import { axeFinding } from './support/axe'
import { typeInto } from './support/typing'
import { fakeAdbTest } from './support/fake-adb-test'
import { startSaleAndReturnToUsb } from './support/usb-run'
import { expect } from './fixtures'

const TABLET = 'HT7Q00DEMO01'

const usbTest = fakeAdbTest

usbTest('read a new phone over USB, prefill its record, and confirm the Xiaomi sign-out over USB', async ({ app, fakeAdb }) => {
  fakeAdb.connect({ serial: TABLET, state: 'unauthorized', replies: adbReplies('hyperos2-tablet') })
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read a phone over USB' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'USB check' })).toBeVisible()
  await expect(app.getByRole('note').filter({ hasText: 'before the factory reset and before any restart' })).toBeVisible()

  // The phone shows the RSA prompt until the owner taps Allow.
  await expect(app.getByText(/has not allowed this computer yet/)).toBeVisible()
  await expect(app.getByText('How to turn on USB debugging')).toBeVisible()
  await expect(app.getByRole('button', { name: 'Read phone' })).toBeDisabled()
  await app.snap('usb-unauthorized')
  fakeAdb.setState(TABLET, 'device')
  await expect(app.getByText('Connected: phone …MO01, ready to read.')).toBeVisible()

  // Read the phone: the changes to a new record are shown before anything is saved.
  await app.getByRole('button', { name: 'Read phone' }).click()
  const changes = app.getByRole('table', { name: 'Changes to the phone’s record' })
  await expect(changes.getByRole('row', { name: /Market name/ })).toContainText('Xiaomi Pad 6S Pro 12.4')
  await expect(changes.getByRole('row', { name: /Model number/ })).toContainText('24018RPACG')
  await expect(changes.getByRole('row', { name: /OS version/ })).toContainText('OS2.0.3.0.VNXMIXM')
  await changes.getByRole('checkbox', { name: 'Use the phone’s Serial number' }).uncheck()
  await app.getByRole('button', { name: 'Continue to the new phone’s form' }).scrollIntoViewIfNeeded()
  await app.snap('usb-prefill-diff')
  expect(await axeFinding(app.page, 'USB prefill changes')).toMatchObject({ serious: 0, critical: 0 })
  await app.getByRole('button', { name: 'Continue to the new phone’s form' }).click()

  const form = app.getByRole('dialog', { name: 'Add a phone' })
  await expect(form.getByLabel('Market name')).toHaveValue('Xiaomi Pad 6S Pro 12.4')
  await expect(form.getByLabel('Model number')).toHaveValue('24018RPACG')
  await expect(form.getByLabel('Serial number')).toHaveValue('')
  await expect(form.getByLabel('Nickname')).toBeFocused()
  expect(await axeFinding(app.page, 'USB prefill form')).toMatchObject({ serious: 0, critical: 0 })
  await typeInto(form.getByLabel('Nickname'), 'Kitchen tablet')
  await form.getByRole('button', { name: 'Save phone' }).click()
  await expect(form).toBeHidden()
  await expect(app.getByRole('heading', { level: 1, name: 'USB check: Kitchen tablet' })).toBeVisible()
  // Only the serial, left out on purpose, still differs.
  await expect(app.getByRole('table', { name: 'Changes to the phone’s record' }).getByRole('row')).toHaveCount(2)

  // Start the handover so the checks are journalled in the run.
  await startSaleAndReturnToUsb(app.page, 'Kitchen tablet')

  // Still signed in: the check says so.
  await app.getByRole('button', { name: 'Check accounts' }).click()
  const verdicts = app.getByRole('list', { name: 'Account check' })
  await expect(verdicts).toContainText('A Xiaomi account is still signed in.')
  await expect(app.getByRole('table', { name: 'Accounts per user' })).toContainText('Xiaomi account (com.xiaomi)')
  await expect(app.getByText('handover.test', { exact: false })).toHaveCount(0)
  await app.getByRole('table', { name: 'Accounts per user' }).scrollIntoViewIfNeeded()
  await app.snap('usb-accounts-found')

  // The owner signs out on the phone; the next check finds no Xiaomi account.
  fakeAdb.setReply(TABLET, 'dumpsys account', adbFixture('hyperos2-tablet', 'dumpsys-account-after-sign-out'))
  await app.getByRole('button', { name: 'Check again' }).click()
  await expect(verdicts).toContainText('No Xiaomi account on any user.')
  await expect(verdicts).toContainText('A Google account is still signed in.')
  await app.snap('usb-accounts-signed-out')

  // The run shows the sign-out step as confirmed over USB.
  await app.getByRole('button', { name: '← Kitchen tablet' }).click()
  await app.getByRole('button', { name: 'Continue handover' }).click()
  const step = app.getByRole('navigation', { name: 'Steps' }).getByRole('listitem').filter({ hasText: 'Sign out of the Xiaomi account' })
  await expect(step).toContainText('Confirmed over USB')
  const google = app.getByRole('navigation', { name: 'Steps' }).getByRole('listitem').filter({ hasText: 'Google' }).first()
  await expect(google).not.toContainText('Confirmed over USB')
  await step.getByRole('button').click()
  await expect(
    app.getByText(
      /Confirmed over USB .*: No Xiaomi account on any user \(0\) of Xiaomi Pad 6S Pro 12\.4 \(serial …MO01\), read over USB\. Accounts on the phone: 0 Xiaomi accounts, 2 Google accounts, 0 other accounts\./
    )
  ).toBeVisible()
  await app.snap('usb-step-confirmed')
})

usbTest('several phones: the owner picks one; unplugging it mid-read gives "could not read", never clean', async ({ app, fakeAdb }) => {
  fakeAdb.connect({ serial: TABLET, state: 'device', replies: adbReplies('hyperos2-tablet') })
  fakeAdb.connect({ serial: 'POCODEMO0002', state: 'offline', replies: {} })
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Read a phone over USB' }).click()
  const picker = app.getByRole('group', { name: 'Several phones are connected. Choose the one to read.' })
  await expect(picker.getByRole('radio', { name: 'Phone …0002 (offline)' })).toBeDisabled()
  await expect(app.getByRole('button', { name: 'Check accounts' })).toBeDisabled()
  await picker.getByRole('radio', { name: 'Phone …MO01 (ready)' }).check()
  await app.snap('usb-several')

  fakeAdb.setStreaming({ chunkBytes: 64, delayMs: 40 })
  fakeAdb.cutNextRead(TABLET, { command: 'dumpsys account', afterBytes: 200 })
  await app.getByRole('button', { name: 'Check accounts' }).click()
  await expect(app.getByRole('progressbar', { name: 'Account check' })).toBeVisible()
  const alert = app.getByRole('alert').filter({ hasText: 'Could not read the phone' })
  await expect(alert).toContainText('unplugged or disappeared')
  await expect(alert).toContainText('Treat the phone as still signed in')
  await expect(app.getByRole('list', { name: 'Account check' })).toContainText('Not known whether a Xiaomi account remains.')
  await alert.scrollIntoViewIfNeeded()
  await app.snap('usb-unplugged')

  // Cancel works too: a slow read stopped by the owner.
  fakeAdb.connect({ serial: TABLET, state: 'device', replies: adbReplies('hyperos2-tablet') })
  fakeAdb.setStreaming({ chunkBytes: 16, delayMs: 100 })
  await picker.getByRole('radio', { name: 'Phone …MO01 (ready)' }).check()
  await app.getByRole('button', { name: 'Read phone' }).click()
  await app.getByRole('button', { name: 'Cancel reading' }).click()
  await expect(app.getByRole('alert').filter({ hasText: 'You cancelled the read.' })).toBeVisible()
})
