import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { addPhone } from './support/add-phone'
import { madeUpImei, withWrongCheckDigit } from './support/made-up'
import { typeInto } from './support/typing'

const IMEI_A = madeUpImei('35123456789012')
const IMEI_B = madeUpImei('86098765432101')
const IMEI_C = madeUpImei('35555500004321')

test('a household of three phones survives edits, search and a restart', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Start with the first phone' })).toBeVisible()
  await app.snap('dashboard-empty')

  await addPhone(app, { nickname: 'Mum’s old phone', marketName: 'Redmi Note 13 Pro', imei1: IMEI_A, newOwner: 'Alex Example' })
  await addPhone(app, { nickname: 'Kitchen tablet', marketName: 'Xiaomi Pad 6', imei1: IMEI_B, owner: 'Alex Example' })
  await addPhone(app, { nickname: 'Sam’s POCO', marketName: 'POCO X6 Pro', imei1: IMEI_C, newOwner: 'Sam Sample' })

  const list = app.getByRole('list', { name: 'Phones in the household' })
  await expect(list.getByRole('listitem')).toHaveCount(3)

  await list.getByRole('button', { name: 'Edit Kitchen tablet' }).click()
  const edit = app.getByRole('dialog', { name: 'Edit Kitchen tablet' })
  await expect(edit.getByLabel('IMEI 1')).toHaveValue(IMEI_B)
  await typeInto(edit.getByLabel('Colour and storage'), 'Graphite, 256 GB')
  await typeInto(edit.getByLabel('Nickname'), 'Kitchen tablet (spare)')
  await app.snap('phone-form-edit')
  await edit.getByRole('button', { name: 'Save phone' }).click()
  await expect(edit).toBeHidden()
  await app.snap('dashboard-phones')

  const search = app.getByRole('searchbox', { name: 'Search phones' })
  await typeInto(search, 'kitchen')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem', { name: 'Kitchen tablet (spare)' })).toBeVisible()
  await typeInto(search, IMEI_C.slice(-4))
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem', { name: 'Sam’s POCO' })).toBeVisible()
  await typeInto(search, '')

  await app.restart()
  await expect(list.getByRole('listitem')).toHaveCount(3)
  await list.getByRole('button', { name: 'Kitchen tablet (spare)', exact: true }).click()
  await expect(app.getByRole('heading', { name: 'Kitchen tablet (spare)', level: 1 })).toBeVisible()
  await expect(app.getByText('Graphite, 256 GB')).toBeVisible()
  await expect(app.getByText('Alex Example')).toBeVisible()
  await expect(app.getByText(IMEI_B)).toHaveCount(0)
  await app.getByRole('button', { name: 'Show IMEI 1' }).click()
  await expect(app.getByText(IMEI_B)).toBeVisible()
})

test('an IMEI with a wrong check digit is refused, named, and nothing is saved', async ({ app }) => {
  await app.getByRole('button', { name: 'Add a phone' }).click()
  const dialog = app.getByRole('dialog', { name: 'Add a phone' })
  await typeInto(dialog.getByLabel('Nickname'), 'Typo phone')
  await typeInto(dialog.getByLabel('IMEI 1'), withWrongCheckDigit(IMEI_A))
  await dialog.getByRole('button', { name: 'Save phone' }).click()
  const imeiField = dialog.getByLabel('IMEI 1')
  await expect(imeiField).toHaveAttribute('aria-invalid', 'true')
  await expect(imeiField).toHaveAccessibleDescription(new RegExp(`should be ${IMEI_A[14]}`))
  await expect(dialog.getByRole('alert')).toHaveText('One field needs attention.')
  await app.snap('phone-form-invalid-imei')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.getByRole('heading', { name: 'Start with the first phone' })).toBeVisible()
  expect(readdirSync(app.dataDir)).not.toContain('devices')
})

test('delete asks first, and undo brings the phone back unchanged', async ({ app }) => {
  await addPhone(app, { nickname: 'Old Redmi', marketName: 'Redmi 9', imei1: IMEI_A, newOwner: 'Alex Example' })
  const [file] = readdirSync(join(app.dataDir, 'devices'))
  const before = readFileSync(join(app.dataDir, 'devices', file), 'utf8')

  const list = app.getByRole('list', { name: 'Phones in the household' })
  await list.getByRole('button', { name: 'Delete Old Redmi' }).click()
  const confirm = app.getByRole('alertdialog', { name: 'Delete Old Redmi?' })
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Delete phone' }).click()
  await expect(app.getByRole('heading', { name: 'Start with the first phone' })).toBeVisible()
  await app.getByRole('status').filter({ hasText: 'Old Redmi was deleted.' }).getByRole('button', { name: 'Undo' }).click()
  await expect(list.getByRole('listitem', { name: 'Old Redmi' })).toBeVisible()
  expect(readFileSync(join(app.dataDir, 'devices', file), 'utf8')).toBe(before)

  await app.restart()
  await expect(list.getByRole('listitem', { name: 'Old Redmi' })).toBeVisible()
})

test('a truncated phone file is set aside and named; the other phones load', async ({ app }) => {
  await addPhone(app, { nickname: 'Keeper', marketName: 'Redmi 12', imei1: IMEI_A })
  await addPhone(app, { nickname: 'Damaged', marketName: 'POCO F5', imei1: IMEI_B })
  const devicesDir = join(app.dataDir, 'devices')
  const damaged = readdirSync(devicesDir).find((name) => readFileSync(join(devicesDir, name), 'utf8').includes('Damaged'))!
  const bytes = readFileSync(join(devicesDir, damaged))
  const truncated = bytes.subarray(0, Math.floor(bytes.length / 2))
  writeFileSync(join(devicesDir, damaged), truncated)

  await app.restart()
  const banner = app.getByRole('alert').filter({ hasText: 'set aside' })
  await expect(banner).toContainText('the record of Damaged')
  await app.snap('dashboard-quarantine-banner')
  const list = app.getByRole('list', { name: 'Phones in the household' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('listitem', { name: 'Keeper' })).toBeVisible()
  const quarantined = readdirSync(join(app.dataDir, 'quarantine')).filter((name) => name.endsWith(damaged))
  expect(quarantined).toHaveLength(1)
  expect(readFileSync(join(app.dataDir, 'quarantine', quarantined[0]))).toEqual(truncated)
})
