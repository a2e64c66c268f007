import { madeUpImei, madeUpPhone } from '@harness/data/made-up-phones'
import { expect, test, type AppPage } from './fixtures'
import { expectInside, expectNoOverlap, expectNoSidewaysScroll, expectNotClipped } from './support/layout-checks'

const LONG_NAME = 'Grandma Rosalind’s spare phone from the summer holiday in Cornwall, kept in a drawer'.slice(0, 80)
const UNBROKEN_NAME = 'Supercalifragilisticexpialidocious-phone-of-the-whole-household'

/** Five phones: one with a run in progress, one archived, one handed over, two with long nicknames. */
async function seed(app: AppPage): Promise<{ running: string; long: string }> {
  const phones = {
    running: madeUpPhone({ nickname: 'Kitchen POCO', brand: 'POCO' }),
    long: madeUpPhone({ nickname: LONG_NAME, imei1: madeUpImei('35000011114444'), imei2: '' }),
    unbroken: madeUpPhone({ nickname: UNBROKEN_NAME, imei1: madeUpImei('35000011115555'), imei2: '' }),
    archived: madeUpPhone({ nickname: 'Old Redmi', imei1: madeUpImei('35000011116666'), imei2: '' }),
    handed: madeUpPhone({ nickname: 'Sam’s Mi 11', imei1: madeUpImei('35000011117777'), imei2: '' })
  }
  const seeded = await app.main.run(async (services, input) => {
    const alex = services.household.addMember('Alexandra Example-Longname')
    const running = await services.household.create({ ...input.running, ownerId: alex.id })
    const long = await services.household.create({ ...input.long, ownerId: alex.id })
    await services.household.create(input.unbroken)
    const archived = await services.household.create(input.archived)
    const handed = await services.household.create(input.handed)
    await services.household.setStatus(archived.id, 'archived')
    await services.household.setStatus(handed.id, 'handed-over')
    await services.runs.start(running.id, 'trade-in')
    return { running: running.id, long: long.id }
  }, phones)
  await app.reload()
  return seeded
}

const SIZES = [
  { name: '1024x640', viewport: { width: 1024, height: 640 }, deviceScaleFactor: 1 },
  // 200 % zoom of the 1024×640 minimum window: half as many CSS pixels, each drawn twice as large.
  { name: 'zoom-200', viewport: { width: 512, height: 320 }, deviceScaleFactor: 2 }
]

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor })

    test('dashboard rows hold their content, do not overlap and keep their columns', async ({ app }) => {
      await seed(app)
      await app.getByRole('checkbox', { name: 'Show archived' }).check()
      const list = app.getByRole('list', { name: 'Phones in the household' })
      await expect(list.getByRole('listitem')).toHaveCount(5)
      await app.snap(`layout-${size.name}-dashboard`)
      await expectNoSidewaysScroll(app)
      const rows = list.getByRole('listitem')
      await expectNoOverlap(rows)
      for (const row of await rows.all()) {
        await row.scrollIntoViewIfNeeded()
        await expectInside(row.locator('.phone-row'), row)
        await expectInside(row.locator('.phone-row').locator('h3, p, select, button'), row.locator('.phone-row'))
        await expectNotClipped(row.getByRole('button'))
      }
      await list.evaluate((e) => e.scrollIntoView())
      await app.snap(`layout-${size.name}-dashboard-rows`)
      const lefts = await list
        .getByRole('combobox')
        .evaluateAll((selects) => selects.map((s) => Math.round(s.getBoundingClientRect().left)))
      expect(new Set(lefts).size, `status selects start at ${lefts.join(', ')}`).toBe(1)
    })

    test('the phone screen keeps a long nickname readable and its buttons inside their cards', async ({ app }) => {
      await seed(app)
      await app.getByRole('button', { name: LONG_NAME, exact: true }).click()
      const heading = app.getByRole('heading', { level: 1, name: LONG_NAME })
      await expect(heading).toBeVisible()
      await app.snap(`layout-${size.name}-phone`)
      await expectNoSidewaysScroll(app)
      const mainWidth = (await app.locator('main').boundingBox())!.width
      expect((await heading.boundingBox())!.width).toBeGreaterThan(mainWidth * 0.5)
      const record = app.getByRole('region', { name: 'Record' })
      await expectInside(record.getByRole('button'), record)
      await record.getByRole('button', { name: 'Show Xiaomi account hint' }).click()
      await expectInside(record.getByRole('button'), record)
      await app.snap(`layout-${size.name}-phone-revealed`)
    })

    test('the run screen fits its stage cards, step panel and backup panel', async ({ app }) => {
      await seed(app)
      await app.getByRole('button', { name: 'Kitchen POCO', exact: true }).click()
      await app.getByRole('button', { name: 'Continue handover' }).click()
      const stages = app.getByRole('list', { name: 'Stages' })
      await expect(stages).toBeVisible()
      await app.snap(`layout-${size.name}-run`)
      await expectNoSidewaysScroll(app)
      await expectInside(stages.getByRole('listitem'), stages)
      await expectNotClipped(stages.getByRole('listitem'))
      const panel = app.locator('.step-panel')
      await expectInside(panel.getByRole('button'), panel)
      await expectNotClipped(panel.getByRole('button'))
      await app
        .getByRole('navigation', { name: 'Steps' })
        .getByRole('button', { name: /^Back up/ })
        .click()
      const backups = app.locator('.backup-panel')
      await backups.evaluate((e) => e.scrollIntoView())
      await app.snap(`layout-${size.name}-backups`)
      const height = (await backups.boundingBox())!.height
      // Eleven categories in compact cards (the panel used to be 3,300 px tall at 1024×640).
      expect(height).toBeLessThan(size.viewport.width < 800 ? 3000 : 2500)
      for (const state of await backups.locator('.backup-state').all()) {
        await expectNotClipped(state)
        expect((await state.boundingBox())!.width).toBeGreaterThan(40)
      }
    })

    test('the chooser has real radio buttons and the phone form an Owner select that does not shrink', async ({ app }) => {
      await seed(app)
      await app.getByRole('button', { name: 'Sam’s Mi 11', exact: true }).click()
      await app.getByRole('button', { name: 'Start handover' }).click()
      const radios = app.getByRole('radio')
      await expect(radios.first()).toBeVisible()
      await app.snap(`layout-${size.name}-chooser`)
      await expectNoSidewaysScroll(app)
      for (const radio of await radios.all()) {
        const box = (await radio.boundingBox())!
        expect(box.width).toBeGreaterThanOrEqual(16)
        expect(Math.abs(box.width - box.height)).toBeLessThanOrEqual(1)
      }
      await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Phones' }).click()
      await app.getByRole('button', { name: 'Add a phone' }).click()
      const dialog = app.getByRole('dialog', { name: 'Add a phone' })
      const owner = dialog.getByRole('combobox', { name: 'Owner' })
      await owner.scrollIntoViewIfNeeded()
      await app.snap(`layout-${size.name}-phone-form`)
      expect((await owner.boundingBox())!.width).toBeGreaterThanOrEqual(150)
      await expectInside(dialog.getByRole('button', { name: 'Add a household member' }), dialog)
    })
  })
}
