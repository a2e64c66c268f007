import { render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { i18n } from 'i18next'
import type { ReactElement } from 'react'
import { I18nextProvider, initReactI18next, setI18n } from 'react-i18next'
import { onTestFinished, vi } from 'vitest'
import { RouteContext, type Navigate, type Route } from '@renderer/app/routes'
import { ToastProvider } from '@renderer/app/toasts'
import { followPushes } from '@renderer/lib/query/follow-pushes'
import { CATALOGUES, NAMESPACES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import type { LanguageCode } from '@shared/i18n/languages'
import { setAppTranslator } from '@renderer/components/app-language'
import { fakeApi, type FakeApi } from './fake-api'

const translators = new Map<LanguageCode, Promise<i18n>>()

/** The app's real catalogues of one language (English unless a test asks), every namespace, through the app's translator. */
function appI18n(language: LanguageCode): Promise<i18n> {
  let translator = translators.get(language)
  if (!translator) {
    translator = createTranslator({
      language,
      namespaces: NAMESPACES,
      defaultNamespace: 'common',
      load: (code, namespace) => CATALOGUES[code][namespace],
      bundled: { en: CATALOGUES.en, [language]: CATALOGUES[language] },
      plugins: [initReactI18next]
    })
    translators.set(language, translator)
  }
  return translator
}

/** A component rendered as the app renders it, and what a test drives it with. */
export interface Rendered extends RenderResult {
  user: UserEvent
  api: FakeApi
  navigate: ReturnType<typeof vi.fn<Navigate>>
}

/**
 * Renders `ui` as the shell does (English strings unless `language` says otherwise, toasts, a route, the queries
 * following pushes) over a fake `window.api` (answer its channels before rendering).
 */
export async function renderWithApp(
  ui: ReactElement,
  options: { api?: FakeApi; route?: Route; language?: LanguageCode } = {}
): Promise<Rendered> {
  const api = options.api ?? fakeApi()
  Object.defineProperty(window, 'api', { value: api.api, configurable: true })
  const i18n = await appI18n(options.language ?? 'en')
  // the api client reads error words through react-i18next's instance: the one this test speaks
  setI18n(i18n)
  setAppTranslator(i18n)
  const navigate = vi.fn<Navigate>()
  const user = userEvent.setup()
  onTestFinished(followPushes(api.api.on))
  const result = render(
    <I18nextProvider i18n={i18n}>
      <RouteContext.Provider value={{ route: options.route ?? { name: 'dashboard' }, navigate }}>
        <ToastProvider>{ui}</ToastProvider>
      </RouteContext.Provider>
    </I18nextProvider>
  )
  return { ...result, user, api, navigate }
}
