import { render, type RenderResult } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import type { i18n } from 'i18next'
import type { ReactElement } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { onTestFinished, vi } from 'vitest'
import { RouteContext, type Navigate, type Route } from '@renderer/app/routes'
import { ToastProvider } from '@renderer/app/toasts'
import { followPushes } from '@renderer/lib/query/follow-pushes'
import { CATALOGUES, NAMESPACES } from '@shared/i18n/catalogues'
import { createTranslator } from '@shared/i18n/create-translator'
import { fakeApi, type FakeApi } from './fake-api'

let english: Promise<i18n> | null = null

/** The app's real English catalogues, every namespace, through the same translator the app uses. */
function englishI18n(): Promise<i18n> {
  english ??= createTranslator({
    language: 'en',
    namespaces: NAMESPACES,
    defaultNamespace: 'common',
    load: (language, namespace) => CATALOGUES[language][namespace],
    bundled: { en: CATALOGUES.en },
    plugins: [initReactI18next]
  })
  return english
}

/** A component rendered as the app renders it, and what a test drives it with. */
export interface Rendered extends RenderResult {
  user: UserEvent
  api: FakeApi
  navigate: ReturnType<typeof vi.fn<Navigate>>
}

/** Renders `ui` as the shell does (English strings, toasts, a route, the queries following pushes) over a fake `window.api` (answer its channels before rendering). */
export async function renderWithApp(ui: ReactElement, options: { api?: FakeApi; route?: Route } = {}): Promise<Rendered> {
  const api = options.api ?? fakeApi()
  Object.defineProperty(window, 'api', { value: api.api, configurable: true })
  const i18n = await englishI18n()
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
