import { adbReplies } from '@harness/adb/adb-fixtures'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { fakeAdbTest } from './support/fake-adb-test'
import { expect } from './fixtures'

const usbTest = fakeAdbTest

usbTest('reading another phone for a saved record warns about the mismatch and ticks nothing', async ({ app, fakeAdb }) => {
  await app.main.run(
    (services, phone) => services.household.create(phone),
    madeUpPhone({ nickname: 'Mum’s Redmi', serial: 'OTHERPHONE0009', modelNumber: '23117RA68G' })
  )
  fakeAdb.connect({ serial: 'HT7Q00DEMO01', state: 'device', replies: adbReplies('hyperos2-tablet') })
  await app.reload()
  await app.getByRole('button', { name: 'Mum’s Redmi', exact: true }).click()
  await app.getByRole('button', { name: 'USB check' }).click()
  await app.getByRole('button', { name: 'Read phone' }).click()

  const warning = app.getByRole('alert').filter({ hasText: 'This may not be Mum’s Redmi.' })
  await expect(warning).toBeVisible()
  await expect(warning).toContainText('The serial number and model number of the phone plugged in differ from the record.')
  const changes = app.getByRole('table', { name: 'Changes to the phone’s record' })
  await expect(changes.getByRole('checkbox').first()).toBeVisible()
  for (const box of await changes.getByRole('checkbox').all()) await expect(box).not.toBeChecked()
  await expect(app.getByRole('button', { name: 'Save the ticked changes' })).toBeDisabled()
  await warning.scrollIntoViewIfNeeded()
  await app.snap('words-usb-mismatch')
})
