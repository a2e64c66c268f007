import { householdPlan } from '@harness/data/full-household'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from '@shared/i18n/languages'
import { catalogueText } from '@harness/data/catalogue-text'
import { expect, test, type AppPage } from './fixtures'
import { englishFinder, stringsIn } from './support/english-leaks'
import { showIn, walkEveryState } from './support/every-state'
import { visibleWords } from './support/visible-words'

const plan = householdPlan()

/** What the walk itself plants or types: made-up records and names, not words to translate. */
const DATA = [
  ...[plan.sold, plan.preparing, plan.spare, madeUpPhone()].flatMap(stringsIn),
  ...plan.sellSettlement.flatMap((change) => ('reason' in change ? [change.reason] : [])),
  ...['Archived phone', 'Alex Example', 'Sam Sample', 'Sam Buyer', 'alex@example.test', 'not a certificate', 'receipt.pdf'],
  ...['records.handover', 'e2e'] // the archive the walk exports, and the version of the test build
]

const OTHER_LANGUAGES = LANGUAGES.map((language) => language.code).filter((code) => code !== SOURCE_LANGUAGE)
/** The language each state is also saved as a screenshot in, to look at. */
const PICTURED: LanguageCode = 'hi'

/** Shows the open state in each language and notes every English text it finds there, as "state, language: text". */
function leakCheck(app: AppPage, leaks: string[]): (state: string) => Promise<void> {
  const finders = new Map(OTHER_LANGUAGES.map((language) => [language, englishFinder([language], DATA)]))
  const found = async (language: LanguageCode) =>
    [...new Set(await visibleWords(app.page))].filter((text) => finders.get(language)!(text).length > 0)
  return async (state) => {
    for (const language of OTHER_LANGUAGES) {
      await showIn(app, language)
      if (language === PICTURED) await app.snap(`no-english-${language}-${state.replace(/\W+/g, '-')}`)
      const first = await found(language)
      // a text still in the middle of its re-render is English only once; a leak stays
      const again = first.length > 0 ? new Set(await found(language)) : new Set<string>()
      leaks.push(...first.filter((text) => again.has(text)).map((text) => `${state}, ${language}: “${text}”`))
    }
    await showIn(app, SOURCE_LANGUAGE)
  }
}

test('no English is left on any screen or dialog in the six other languages', async ({ app }) => {
  test.setTimeout(180_000)
  const leaks: string[] = []
  await walkEveryState(app, leakCheck(app, leaks))
  expect(leaks).toEqual([])
})

test('the finder names English left in a translated text, and not the names, data or paths in it', () => {
  const [russian, chinese, spanish] = (['ru', 'zh-CN', 'es'] as const).map((language) => englishFinder([language], DATA))
  const english = (key: string) => catalogueText('en', 'common', key)
  const own = (language: LanguageCode, key: string, name = 'Kitchen POCO') =>
    catalogueText(language, 'common', key)
      .replace('{{name}}', name)
      .replace('{{status}}', catalogueText(language, 'common', 'status.recycled'))

  expect(russian(english('dashboard.addPhone'))).toEqual([english('dashboard.addPhone')])
  expect(chinese(`${own('zh-CN', 'dashboard.deleted')} ${english('app.undo')}`)).toEqual([english('app.undo')])
  expect(spanish(`${own('es', 'dashboard.deleteTitle')} ${english('dashboard.deleteBody').split('.')[0]}.`)).not.toEqual([])

  expect(russian(own('ru', 'dashboard.deleteNamed'))).toEqual([])
  expect(spanish(own('es', 'dashboard.statusChanged'))).toEqual([])
  expect(chinese(`${own('zh-CN', 'dashboard.deleted', 'Redmi Note 13 Pro')} /tmp/walk-a1/records.handover`)).toEqual([])
  expect(russian(`Handover · HyperOS · ${LANGUAGES[4].nativeName}`)).toEqual([])
})
