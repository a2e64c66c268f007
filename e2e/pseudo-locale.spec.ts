import type { Locator } from '@playwright/test'
import { PSEUDO_LANGUAGE, pseudoText as P } from '@shared/i18n/pseudo-locale'
import { madeUpImei, madeUpPhone } from '@harness/data/made-up-phones'
import { expect, test, type AppPage } from './fixtures'
import { tabTo } from './support/keyboard'
import { expectInside, expectInsideSideways, expectNoOverlap, expectNoSidewaysScroll, expectNotClipped } from './support/layout-checks'

// The pseudo language is English accented, ~40 % longer and bracketed, so a name here is P(the English text).
test.use({ viewport: { width: 1024, height: 640 } })

const LONG_NAME = 'Grandma Rosalind’s spare phone from the summer holiday in Cornwall'

async function seed(app: AppPage): Promise<void> {
  await app.main.run(
    async (services, input) => {
      const alex = services.household.addMember('Alexandra Example-Longname')
      const running = await services.household.create({ ...input.running, ownerId: alex.id })
      await services.household.create({ ...input.long, ownerId: alex.id })
      await services.runs.start(running.id, 'trade-in')
    },
    {
      running: madeUpPhone({ nickname: 'Kitchen POCO', brand: 'POCO' }),
      long: madeUpPhone({ nickname: LONG_NAME, imei1: madeUpImei('35000011114444'), imei2: '' })
    }
  )
  await app.reload()
}

/** Switches to the pseudo language with the keyboard: it is the picker's last choice in test builds. */
async function speakPseudo(app: AppPage): Promise<void> {
  // The menu is heard once the app's shell is up.
  await expect(app.getByRole('main')).toBeVisible()
  await app.main.menu('settings')
  const picker = app.getByRole('combobox', { name: 'Language of Handover' })
  await tabTo(app.page, picker)
  await app.keyboard.press('End')
  await expect(app.locator('html')).toHaveAttribute('lang', PSEUDO_LANGUAGE)
  await expect(app.getByRole('heading', { level: 1, name: P('Settings') })).toBeVisible()
}

/** Nothing scrolls sideways, every button in `area` stays between its edges, and its texts and controls fit their own boxes. */
async function fits(app: AppPage, area: Locator, name: string): Promise<void> {
  await app.snap(`pseudo-${name}`)
  await expectNoSidewaysScroll(app)
  await expectInsideSideways(area.getByRole('button'), area)
  await expectNotClipped(area.locator('h1, h2, h3, label, button, select, th, td, .nav-link'))
}

const nav = (app: AppPage, english: string) => app.getByRole('navigation', { name: P('Main') }).getByRole('button', { name: P(english) })

test('in the pseudo language no screen or dialog clips or overflows at 1024×640', async ({ app }) => {
  await seed(app)
  await speakPseudo(app)
  await fits(app, app.locator('main'), 'settings')
  await expect(
    app.getByText(P('Export everything to one file you can keep for years or move to another computer, or import such a file.'))
  ).toBeVisible()

  await app.getByRole('button', { name: P('Export…') }).click()
  const exportDialog = app.getByRole('dialog')
  await expect(exportDialog).toBeVisible()
  await fits(app, exportDialog, 'export-dialog')
  await app.keyboard.press('Escape')
  await expect(exportDialog).toBeHidden()

  await nav(app, 'Phones').click()
  const list = app.getByRole('list', { name: P('Phones in the household') })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await fits(app, app.locator('main'), 'dashboard')
  await expectNoOverlap(list.getByRole('listitem'))
  for (const row of await list.getByRole('listitem').all()) {
    await expectInside(row.locator('.phone-row').locator('h3, p, select, button'), row.locator('.phone-row'))
    await expectNotClipped(row.getByRole('button'))
  }

  await app
    .getByRole('button', { name: P('Add a phone') })
    .first()
    .click()
  const form = app.getByRole('dialog', { name: P('Add a phone') })
  await expect(form).toBeVisible()
  await fits(app, form, 'phone-form')
  await app.keyboard.press('Escape')
  await expect(form).toBeHidden()

  await app.getByRole('button', { name: LONG_NAME, exact: true }).click()
  await expect(app.getByRole('heading', { level: 1, name: LONG_NAME })).toBeVisible()
  await fits(app, app.locator('main'), 'phone')
  const record = app.getByRole('region', { name: P('Record') })
  await expectInside(record.getByRole('button'), record)

  await nav(app, 'Phones').click()
  await app.getByRole('button', { name: 'Kitchen POCO', exact: true }).click()
  await app.getByRole('button', { name: P('Continue handover') }).click()
  const stages = app.getByRole('list', { name: P('Stages') })
  await expect(stages).toBeVisible()
  await fits(app, app.locator('main'), 'run')
  await expectInside(stages.getByRole('listitem'), stages)
  await expectNotClipped(stages.getByRole('listitem'))
  const panel = app.locator('.step-panel')
  await expectInside(panel.getByRole('button'), panel)

  await nav(app, 'Read a phone over USB').click()
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible()
  await fits(app, app.locator('main'), 'usb')

  await app.main.menu('about')
  const about = app.getByRole('dialog', { name: P('About Handover') })
  await expect(about).toBeVisible()
  await fits(app, about, 'about')
})
