import { describe, expect, it } from 'vitest'
import { appMenuTemplate, type AppMenuOptions } from '@main/electron/app-menu-template'

type MenuItemConstructorOptions = ReturnType<typeof appMenuTemplate>[number]
import type { MenuCommand } from '@shared/app-events'
import { CATALOGUES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import { createCurrentLanguage } from '@main/services/language/current-language'
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from '@shared/i18n/languages'

/** A few Spanish menu labels, made up for the test (the real translations land on the translators' branches). */
const spanish = {
  menu: { file: '&Archivo', newPhone: 'Nuevo teléfono…', view: '&Ver', help: 'A&yuda', openLogFolder: 'Abrir la carpeta de registros' }
}

/** The menu labels of a language's catalogue. */
const menuOf = (language: 'en' | 'ru') => (CATALOGUES[language].main as { menu: Record<string, string> }).menu

const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    item.label ?? `(${item.role ?? item.type})`,
    ...(Array.isArray(item.submenu) ? labels(item.submenu).map((label) => `  ${label}`) : [])
  ])

function options(overrides: Partial<AppMenuOptions> = {}): AppMenuOptions & { sent: MenuCommand[]; opened: string[] } {
  const sent: MenuCommand[] = []
  const opened: string[] = []
  return {
    sent,
    opened,
    send: (command) => sent.push(command),
    openPath: (path) => opened.push(path),
    dataDir: '/data',
    logFolder: '/logs',
    isMac: false,
    devTools: false,
    ...overrides
  }
}

/** A translator that knows only `language`'s own `main` catalogue: a label it lacks throws instead of falling back to English. */
function ownWordsOnly(language: LanguageCode) {
  const { menu } = CATALOGUES[language].main as { menu: Record<string, string> }
  return ((key: string) => {
    const name = key.replace(/^main:menu\./, '')
    if (!Object.hasOwn(menu, name)) throw new Error(`${language} has no menu label ${name}`)
    return menu[name]
  }) as unknown as Parameters<typeof appMenuTemplate>[0]
}

const OTHER_LANGUAGES = LANGUAGES.map((language) => language.code).filter((code) => code !== SOURCE_LANGUAGE)

describe('the application menu', () => {
  it('labels every item in English, roles included, and sends its commands', async () => {
    const { t } = await createCurrentLanguage('en')
    const menu = options()
    const template = appMenuTemplate(t, menu)
    expect(labels(template).filter((label) => label.trim().startsWith('('))).toEqual([
      '  (separator)',
      '  (separator)',
      '  (separator)',
      '  (separator)',
      '  (separator)'
    ])
    expect(labels(template)).toContain('  Verify a Certificate…')
    const file = template[0].submenu as MenuItemConstructorOptions[]
    file.find((item) => item.label === 'New Phone…')?.click?.(undefined as never, undefined, undefined as never)
    const help = template.at(-1)!.submenu as MenuItemConstructorOptions[]
    help.find((item) => item.label === 'Open Log Folder')?.click?.(undefined as never, undefined, undefined as never)
    expect(menu.sent).toEqual(['new-phone'])
    expect(menu.opened).toEqual(['/logs'])
  })

  it('is written in a second language, falling back to English for a label not yet translated', async () => {
    const i18n = await createTranslator({
      language: 'es',
      namespaces: ['main'],
      load: (code, namespace) => (code === 'es' ? spanish : CATALOGUES[code][namespace])
    })
    const template = appMenuTemplate(i18n.t, options())
    expect(template.map((item) => item.label)).toEqual(['&Archivo', '&Edit', '&Ver', 'A&yuda'])
    expect(labels(template)).toContain('  Nuevo teléfono…')
    expect(labels(template)).toContain('  Abrir la carpeta de registros')
    expect(labels(template)).toContain('  Export…')
  })

  it.each(OTHER_LANGUAGES)('labels every item in %s from its own words, none left in English', async (language) => {
    // every item a platform or a test build may show: Windows and Linux (Quit), DevTools
    const everything = options({ devTools: true })
    const own = labels(appMenuTemplate(ownWordsOnly(language), everything))
    const english = labels(appMenuTemplate((await createCurrentLanguage('en')).t, everything))
    expect(labels(appMenuTemplate((await createCurrentLanguage(language)).t, everything))).toEqual(own)
    expect(
      own.filter((label) => label.trim().startsWith('(') && label.trim() !== '(separator)'),
      'items without a label'
    ).toEqual([])
    expect(
      own.filter((label) => !label.trim().startsWith('(') && english.includes(label)),
      'labels left in English'
    ).toEqual([])
  })

  it('follows the main process’s language when it switches', async () => {
    const language = await createCurrentLanguage('en')
    const before = appMenuTemplate(language.t, options())[0].label
    const heard: string[] = []
    language.onChange((code) => heard.push(code))
    await language.set('ru')
    expect(heard).toEqual(['ru'])
    expect(appMenuTemplate(language.t, options())[0].label).toBe(menuOf('ru').file)
    expect(before).toBe(menuOf('en').file)
  })

  it('has the Mac application menu and DevTools only where asked', async () => {
    const { t } = await createCurrentLanguage('en')
    expect(appMenuTemplate(t, options({ isMac: true }))[0]).toEqual({ role: 'appMenu' })
    expect(labels(appMenuTemplate(t, options({ devTools: true })))).toContain('  Toggle Developer Tools')
    expect(labels(appMenuTemplate(t, options()))).not.toContain('  Toggle Developer Tools')
  })
})
