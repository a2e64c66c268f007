import type { Locator } from '@playwright/test'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { expect, test, type AppPage } from './fixtures'

/** A phone with a trade-in run a few steps in, its run screen open. */
async function openRun(app: AppPage): Promise<void> {
  await app.main.run(
    async (services, input) => {
      const phone = await services.household.create(input)
      await services.runs.start(phone.id, 'trade-in')
      await services.runs.apply(phone.id, { type: 'step-done', stepId: 'check-credentials' })
    },
    madeUpPhone({ nickname: 'Kitchen POCO' })
  )
  await app.reload()
  await app.getByRole('button', { name: 'Kitchen POCO', exact: true }).click()
  await app.getByRole('button', { name: 'Continue handover' }).click()
  await expect(app.getByRole('list', { name: 'Stages' })).toBeVisible()
}

const style = (locator: Locator, property: string) =>
  locator.evaluate((e, p) => e.ownerDocument.defaultView!.getComputedStyle(e).getPropertyValue(p), property)

test('under prefers-color-scheme: dark every surface turns dark and text stays light', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'dark' })
  await openRun(app)
  await app.snap('preferences-dark-run')
  expect(await style(app.locator('html'), 'background-color')).toBe('rgb(21, 21, 19)')
  const panel = app.locator('.step-panel')
  expect(await style(panel, 'background-color')).toBe('rgb(30, 30, 27)')
  expect(await style(panel, 'color')).toBe('rgb(236, 235, 228)')
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Phones' }).click()
  await expect(app.getByRole('list', { name: 'Phones in the household' })).toBeVisible()
  await app.snap('preferences-dark-dashboard')
  expect(await style(app.getByRole('button', { name: 'Add a phone' }), 'background-color')).toBe('rgb(184, 74, 12)')
  await app.getByRole('button', { name: 'Add a phone' }).click()
  const dialog = app.getByRole('dialog', { name: 'Add a phone' })
  expect(await style(dialog, 'background-color')).toBe('rgb(30, 30, 27)')
  expect(await style(dialog.getByLabel('Market name'), 'border-top-color')).toBe('rgb(140, 139, 130)')
  await app.snap('preferences-dark-phone-form')
})

test('the light theme is the default', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'light' })
  expect(await style(app.locator('html'), 'background-color')).toBe('rgb(246, 246, 243)')
})

test('under prefers-reduced-motion nothing moves', async ({ app }) => {
  await openRun(app)
  const bar = app.locator('.progress-bar')
  expect(await style(bar, 'transition-duration')).not.toBe('0s')
  await app.emulateMedia({ reducedMotion: 'reduce' })
  expect(await style(bar, 'transition-duration')).toBe('0s')
})

test('under forced colours the current stage and the progress bar stay visible', async ({ app }) => {
  await openRun(app)
  await app.emulateMedia({ forcedColors: 'active' })
  await app.snap('preferences-forced-colors-run')
  const current = app.getByRole('list', { name: 'Stages' }).locator('[aria-current="step"]')
  const other = app.getByRole('list', { name: 'Stages' }).getByRole('listitem').last()
  expect(await style(current, 'border-top-width')).toBe('3px')
  expect(await style(other, 'border-top-width')).toBe('1px')
  const bar = app.locator('.progress-bar')
  expect(await style(bar, 'forced-color-adjust')).toBe('none')
  expect(await style(bar, 'background-color')).not.toBe('rgba(0, 0, 0, 0)')
  expect((await bar.boundingBox())!.width).toBeGreaterThan(0)
})
