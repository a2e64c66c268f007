import { householdPlan } from '@harness/data/full-household'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from '@shared/i18n/languages'
import { expect, test, type AppPage } from './fixtures'
import { englishFinder, stringsIn } from './support/english-leaks'
import { showIn, walkEveryState } from './support/every-state'
import { visibleWords } from './support/visible-words'

/** Names that read the same in every language, and what the walk itself types or plants. */
const ALLOWED = [
  ...['Handover', 'Xiaomi', 'Redmi', 'POCO', 'HyperOS', 'MIUI', 'Google', 'Android', 'USB', 'IMEI', 'PDF', 'QR', 'adb'],
  ...stringsIn(householdPlan()),
  ...stringsIn(madeUpPhone()),
  ...['Archived phone', 'Alex Example', 'Sam Sample', 'Sam Buyer', 'alex@example.test', 'not a certificate', 'receipt.pdf']
]

const OTHER_LANGUAGES = LANGUAGES.map((language) => language.code).filter((code) => code !== SOURCE_LANGUAGE)

/** Shows the open state in each language and notes every English text it finds there, as "state, language: text". */
function leakCheck(app: AppPage, leaks: string[]): (state: string) => Promise<void> {
  const finders = new Map(OTHER_LANGUAGES.map((language) => [language, englishFinder(language, ALLOWED)]))
  const found = async (language: LanguageCode) => [...new Set(await visibleWords(app.page))].flatMap(finders.get(language)!)
  return async (state) => {
    for (const language of OTHER_LANGUAGES) {
      await showIn(app, language)
      const first = await found(language)
      // a text still in the middle of its re-render is English only once; a leak stays
      const again = first.length > 0 ? new Set(await found(language)) : new Set<string>()
      leaks.push(...first.filter((text) => again.has(text)).map((text) => `${state}, ${language}: ${text}`))
    }
    await showIn(app, SOURCE_LANGUAGE)
    console.log(new Date().toISOString(), state, leaks.length)
  }
}

test('no English is left on any screen or dialog in the six other languages', async ({ app }) => {
  test.setTimeout(180_000)
  const leaks: string[] = []
  await walkEveryState(app, leakCheck(app, leaks))
  expect(leaks).toEqual([])
})
