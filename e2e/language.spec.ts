import { createCurrentLanguage } from '@main/services/language/current-language'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { expect, test, type AppPage } from './fixtures'
import { tabTo } from './support/keyboard'

const PURCHASED = '2024-03-12'
/** A calendar date as `language` writes it (what format.ts must show once the app speaks it). */
const dateIn = (language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${PURCHASED}T00:00:00Z`))
/** What the app shows for `key` in Russian: the Russian catalogue's text, English where it lacks the key. */
const inRussian = async (key: string) => (await createCurrentLanguage('ru')).t(key)

/** Opens Settings as the application menu does (its words are whatever language the app speaks). */
async function openSettings(app: AppPage): Promise<void> {
  // The menu is heard once the app's shell is up.
  await expect(app.getByRole('main')).toBeVisible()
  await app.main.menu('settings')
  await expect(app.locator('#settings-title')).toBeVisible()
}

test('the language picker, by keyboard alone, switches the app at once and the choice survives a restart', async ({ app }) => {
  await app.main.run(
    (services, phone) => services.household.create(phone),
    madeUpPhone({ nickname: 'Hall Redmi', purchaseDate: PURCHASED })
  )
  await app.reload()
  await expect(app.locator('html')).toHaveAttribute('lang', 'en')
  await openSettings(app)
  const picker = app.getByRole('combobox', { name: 'Language of Handover' })
  await expect(picker).toHaveValue('system')
  await expect(picker.getByRole('option', { name: 'Use the computer’s language (English)' })).toHaveCount(1)
  await expect(picker.locator('option[lang="zh-CN"]')).toHaveText('简体中文')

  // Down from "the computer's language" through English, 简体中文, हिन्दी, Bahasa Indonesia, Español, Português do Brasil to Русский.
  await tabTo(app.page, picker)
  for (let step = 0; step < 7; step++) await app.keyboard.press('ArrowDown')
  await expect(app.locator('html')).toHaveAttribute('lang', 'ru')
  // the picker's own label is now Russian
  const pickerInRussian = app.getByRole('combobox', { name: await inRussian('settings.language.label') })
  await expect(pickerInRussian).toHaveValue('ru')
  await expect(pickerInRussian).toBeFocused()
  await expect(app.getByRole('heading', { level: 1 })).toHaveText(await inRussian('settings.title'))
  await app.snap('language-settings-ru')

  await app
    .getByRole('navigation', { name: await inRussian('app.nav.label') })
    .getByRole('button', { name: await inRussian('app.nav.phones') })
    .click()
  await app.getByRole('button', { name: 'Hall Redmi', exact: true }).click()
  await expect(app.getByText(dateIn('ru'), { exact: true })).toBeVisible()
  expect(dateIn('ru')).not.toBe(dateIn('en-GB'))

  await app.restart()
  await expect(app.locator('html')).toHaveAttribute('lang', 'ru')
  await app.getByRole('button', { name: 'Hall Redmi', exact: true }).click()
  await expect(app.getByText(dateIn('ru'), { exact: true })).toBeVisible()
  await openSettings(app)
  await expect(pickerInRussian).toHaveValue('ru')

  // Back to the computer's language (en-GB here): Home selects the first option.
  await tabTo(app.page, pickerInRussian)
  await app.keyboard.press('Home')
  await expect(app.locator('html')).toHaveAttribute('lang', 'en')
  await expect(picker).toHaveValue('system')
  await app.restart()
  await expect(app.locator('html')).toHaveAttribute('lang', 'en')
})

test.describe('on a computer set to Russian', () => {
  test.use({ locale: 'ru-RU' })

  test('the app starts in Russian and the picker says the computer’s language is Русский', async ({ app }) => {
    await expect(app.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(app.locator('html')).toHaveAttribute('dir', 'ltr')
    await openSettings(app)
    const picker = app.getByRole('combobox', { name: await inRussian('settings.language.label') })
    await expect(picker).toHaveValue('system')
    await expect(picker.locator('option[value="system"]')).toHaveText(/Русский/)
  })
})
