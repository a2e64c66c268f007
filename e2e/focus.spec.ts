import { expect, test, type AppPage } from './fixtures'
import { addPhone } from './support/add-phone'
import { pressOn, tabTo } from './support/keyboard'
import { madeUpImei, withWrongCheckDigit } from './support/made-up'

const IMEI = madeUpImei('35123456789012')
const list = (app: AppPage) => app.getByRole('list', { name: 'Phones in the household' })
const nameButton = (app: AppPage, nickname: string) => list(app).getByRole('button', { name: nickname, exact: true })

/** The label of the focused control: its <label>, else its accessible text. */
const focusedLabel = (app: AppPage) =>
  app.evaluate(() => {
    type Control = {
      labels?: ArrayLike<{ textContent: string | null }> | null
      getAttribute(name: string): string | null
      textContent: string | null
    }
    const control = (globalThis as unknown as { document: { activeElement: Control | null } }).document.activeElement
    return (control?.labels?.[0]?.textContent ?? control?.getAttribute('aria-label') ?? control?.textContent ?? '').trim()
  })

test('the phone form keeps every key and the focus: typing, arrows in a select, blur checks, a refused save, and Tab reaches every field', async ({
  app
}) => {
  // The first screen renders once its strings have arrived.
  await expect(app.getByRole('main')).toBeVisible()
  await app.keyboard.press('Tab')
  await expect(app.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(app.getByRole('main')).toBeFocused()

  await pressOn(app, app.getByRole('button', { name: 'Add a phone' }))
  const form = app.getByRole('dialog', { name: 'Add a phone' })
  await expect(form.getByLabel('Nickname')).toBeFocused()
  await app.keyboard.type('abc')
  await expect(form.getByLabel('Nickname')).toHaveValue('abc')
  await expect(form.getByLabel('Nickname')).toBeFocused()
  // a space now types a space: focus never jumped to the dialog's close button
  await app.keyboard.type(' phone')
  await expect(form.getByLabel('Nickname')).toHaveValue('abc phone')

  await tabTo(app, form.getByLabel('Operating system'))
  const before = await form.getByLabel('Operating system').inputValue()
  await app.keyboard.press('ArrowDown')
  await expect(form.getByLabel('Operating system')).not.toHaveValue(before)
  await expect(form.getByLabel('Operating system')).toBeFocused()

  // leaving IMEI 1 with a wrong check digit marks it and moves on to IMEI 2
  await tabTo(app, form.getByLabel('IMEI 1'))
  await app.keyboard.type(withWrongCheckDigit(IMEI))
  await app.keyboard.press('Tab')
  await expect(form.getByLabel('IMEI 2')).toBeFocused()
  await expect(form.getByLabel('IMEI 1')).toHaveAttribute('aria-invalid', 'true')

  // Tab from IMEI 2 reaches every remaining field and Save
  const reached: string[] = []
  for (let i = 0; i < 12 && !reached.includes('Save phone'); i++) {
    await app.keyboard.press('Tab')
    reached.push(await focusedLabel(app))
  }
  expect(reached).toEqual(
    expect.arrayContaining([
      'Serial number',
      'Xiaomi account hint',
      'Owner',
      'Add a household member',
      'Purchase date',
      'Notes',
      'Cancel',
      'Save phone'
    ])
  )

  // a refused save puts focus on the first field that needs attention, and keeps what was typed
  await tabTo(app, form.getByLabel('Nickname'), { backwards: true })
  await app.keyboard.press('ControlOrMeta+a')
  await app.keyboard.press('Backspace')
  await pressOn(app, form.getByRole('button', { name: 'Save phone' }))
  await expect(form.getByRole('alert')).toHaveText('2 fields need attention.')
  await expect(form.getByLabel('Nickname')).toBeFocused()
  await expect(form.getByLabel('IMEI 1')).toHaveValue(withWrongCheckDigit(IMEI))
  await app.snap('focus-form-refused')
  await app.keyboard.type('Fixed phone')
  await tabTo(app, form.getByLabel('IMEI 1'))
  await app.keyboard.press('ControlOrMeta+a')
  await app.keyboard.type(IMEI)
  await pressOn(app, form.getByRole('button', { name: 'Save phone' }))
  await expect(form).toBeHidden()
  // the Add button of the empty screen went away with the first phone: focus is on the screen's heading
  await expect(app.getByRole('heading', { level: 1, name: 'Phones' })).toBeFocused()
})

test('focus goes to a neighbour after Archive and Delete, to the phone Undo brought back, and the status select saves once per decision', async ({
  app
}) => {
  // the newest phone is listed first: C, B, A
  for (const nickname of ['Phone A', 'Phone B', 'Phone C']) await addPhone(app, { nickname })

  await pressOn(app, list(app).getByRole('button', { name: 'Archive Phone B' }))
  await expect(list(app).getByRole('listitem')).toHaveCount(2)
  await expect(nameButton(app, 'Phone A')).toBeFocused()

  await pressOn(app, list(app).getByRole('button', { name: 'Delete Phone A' }))
  const confirm = app.getByRole('alertdialog', { name: 'Delete Phone A?' })
  await expect(confirm).toContainText('offers Undo for 30 seconds')
  await pressOn(app, confirm.getByRole('button', { name: 'Delete phone' }))
  await expect(list(app).getByRole('listitem')).toHaveCount(1)
  await expect(nameButton(app, 'Phone C')).toBeFocused()

  await pressOn(app, app.getByRole('status').filter({ hasText: 'Phone A was deleted.' }).getByRole('button', { name: 'Undo' }))
  await expect(nameButton(app, 'Phone A')).toBeFocused()

  // arrows only move the choice; Enter saves it, once
  const status = app.getByRole('combobox', { name: 'Status of Phone A' })
  const changed = app.getByRole('status').filter({ hasText: 'Phone A is now' })
  await tabTo(app, status)
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('ArrowDown')
  await expect(status).toHaveValue('ready')
  await expect(changed).toHaveCount(0)
  expect(await app.main.run((services) => services.household.current().devices.find((d) => d.nickname === 'Phone A')?.status)).toBe(
    'in-use'
  )
  await app.keyboard.press('Enter')
  await expect(changed).toHaveCount(1)
  await expect(changed).toContainText('Phone A is now “Ready to hand over”.')
  await expect(status).toBeFocused()
  await app.keyboard.press('Tab')
  await expect(changed).toHaveCount(1)
  // a pick with the pointer saves at once
  await app.getByRole('combobox', { name: 'Status of Phone C' }).selectOption({ label: 'Preparing' })
  await expect(app.getByRole('status').filter({ hasText: 'Phone C is now “Preparing”.' })).toHaveCount(1)
})

test('an Undo toast holds while pointed at or focused and is never pushed out by newer toasts', async ({ app }) => {
  for (const nickname of ['Phone A', 'Phone B']) await addPhone(app, { nickname })
  await app.page.clock.install()
  await list(app).getByRole('button', { name: 'Delete Phone B' }).click()
  await app.getByRole('alertdialog', { name: 'Delete Phone B?' }).getByRole('button', { name: 'Delete phone' }).click()
  const undoToast = app.getByRole('status').filter({ hasText: 'Phone B was deleted.' })
  await expect(undoToast).toBeVisible()

  // four newer toasts: the plain ones make room for each other, the Undo toast stays
  const status = app.getByRole('combobox', { name: 'Status of Phone A' })
  for (const label of ['Preparing', 'Ready to hand over', 'Handed over', 'In use']) {
    await status.selectOption({ label })
    await expect(app.getByRole('status').filter({ hasText: `Phone A is now “${label}”.` })).toBeVisible()
  }
  await expect(undoToast).toBeVisible()
  await expect(app.getByRole('region', { name: 'Notifications' }).getByRole('status')).toHaveCount(3)

  await undoToast.hover()
  await app.page.clock.fastForward(120_000)
  await expect(undoToast).toBeVisible()
  await app.snap('toast-undo-held')
  await undoToast.getByRole('button', { name: 'Undo' }).focus()
  await app.page.mouse.move(0, 0)
  await app.page.clock.fastForward(120_000)
  await expect(undoToast).toBeVisible()
  await app.getByRole('searchbox', { name: 'Search phones' }).focus()
  await app.page.clock.fastForward(120_000)
  await expect(undoToast).toBeHidden()
})

test('Escape in a skip form returns to its button; a backup that is not checked stays visibly unsettled and keeps the reset locked', async ({
  app
}) => {
  await addPhone(app, { nickname: 'Backup phone' })
  await nameButton(app, 'Backup phone').click()
  await app.getByRole('button', { name: 'Start handover' }).click()
  await app.getByRole('button', { name: 'Start', exact: true }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Handover of Backup phone' })).toBeFocused()
  const steps = app.getByRole('navigation', { name: 'Steps' })
  await pressOn(app, steps.getByRole('button', { name: /^Back up/ }))

  const skip = app.getByRole('button', { name: 'Skip Contacts' })
  await pressOn(app, skip)
  await expect(app.getByRole('textbox', { name: 'Why do you skip Contacts?' })).toBeFocused()
  await app.keyboard.press('Escape')
  await expect(skip).toBeFocused()

  await app.getByRole('button', { name: 'Contacts is backed up' }).click()
  const card = app.getByRole('listitem').filter({ has: app.getByRole('heading', { name: 'Contacts', exact: true }) })
  await expect(card).toContainText('Backed up, not checked yet')
  await expect(card.getByRole('note')).toContainText('Not settled yet')
  await expect(app.getByText('0 of 11 categories settled')).toBeVisible()
  await card.scrollIntoViewIfNeeded()
  await app.snap('backup-not-checked')
  await steps.getByRole('button', { name: 'Factory reset from Settings' }).click()
  await expect(
    app.getByRole('note', { name: 'Locked: this step waits for' }).getByRole('button', { name: 'Go to the backup of Contacts' })
  ).toBeVisible()
  await app.getByRole('button', { name: 'Go to the backup of Contacts' }).click()
  await expect(app.getByRole('heading', { name: 'Contacts', exact: true })).toBeFocused()
  await app.getByRole('button', { name: 'Checked it opens elsewhere: Contacts' }).click()
  // the journal scrolls, so the keyboard can reach it
  await expect(app.getByRole('list', { name: 'Journal' })).toHaveAttribute('tabindex', '0')
  await expect(card).toContainText('Backed up and checked')
  await expect(card.getByRole('note')).toHaveCount(0)
  await expect(app.getByText('1 of 11 categories settled')).toBeVisible()
})
