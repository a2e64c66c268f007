import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { madeUpImei, withWrongCheckDigit } from './support/made-up'

const SERIAL = 'MADEUPLOG42Q7'
const IMEI_1 = madeUpImei('86111122223333')
const IMEI_2 = madeUpImei('86111122224444')
const ACCOUNT = 'logcheck.owner@example.test'

/** Clicks into a field and types, the way a person does. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click()
  await field.page().keyboard.type(text)
}

test('after adding, revealing and restarting, the log file names what happened and none of the identifiers', async ({ app }, testInfo) => {
  test.skip(
    testInfo.project.name !== 'electron',
    'The log is written by the Electron main process; the Chromium tier runs the services without it (test/main/services/logging covers them there).'
  )
  await app.getByRole('button', { name: 'Add a phone' }).first().click()
  const dialog = app.getByRole('dialog', { name: 'Add a phone' })
  await typeInto(dialog.getByLabel('Nickname'), 'Log check phone')
  await typeInto(dialog.getByLabel('Market name'), 'Redmi Note 13 Pro')
  await typeInto(dialog.getByLabel('Serial number'), SERIAL)
  await typeInto(dialog.getByLabel('IMEI 1'), withWrongCheckDigit(IMEI_1))
  await dialog.getByRole('button', { name: 'Save phone' }).click()
  await expect(dialog.getByText('The check digit is wrong', { exact: false })).toBeVisible()
  await dialog.getByLabel('IMEI 1').clear()
  await typeInto(dialog.getByLabel('IMEI 1'), IMEI_1)
  await typeInto(dialog.getByLabel('IMEI 2'), IMEI_2)
  await typeInto(dialog.getByLabel('Xiaomi account hint'), ACCOUNT)
  await dialog.getByRole('button', { name: 'Save phone' }).click()
  await expect(dialog).toBeHidden()

  await app.getByRole('list', { name: 'Phones in the household' }).getByRole('button', { name: 'Log check phone', exact: true }).click()
  await app.getByRole('button', { name: 'Show Serial number' }).first().click()
  await expect(app.getByText(SERIAL)).toBeVisible()
  await app.restart()
  await expect(app.getByRole('list', { name: 'Phones in the household' }).getByRole('listitem')).toHaveCount(1)
  // The main process writes <user-data>/logs/handover.log; the Electron tier's user data is <data folder>-profile.
  const logFolder = join(`${app.dataDir}-profile`, 'logs')
  const written = readdirSync(logFolder)
    .map((name) => readFileSync(join(logFolder, name), 'utf8'))
    .join('')
  expect(written).toMatch(/INFO {2}Handover \S+ starting/)
  for (const identifier of [SERIAL, IMEI_1, IMEI_2, ACCOUNT, IMEI_1.slice(0, 10)]) expect(written).not.toContain(identifier)
})
