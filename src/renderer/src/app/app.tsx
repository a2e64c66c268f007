import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceSummary } from '@shared/device-model'
import type { MenuCommand } from '@shared/app-events'
import { MAIN_ID } from '../lib/focus'
import { ModalDialog } from '../components/modal-dialog'
import { DashboardScreen } from '../features/dashboard/dashboard-screen'
import { RecordsDialogs } from '../features/records/records-dialogs'
import { followPushes } from '../lib/query/follow-pushes'
import { apiErrorText } from '../lib/api-client'
import { household, useHousehold } from '../lib/household-store'
import { QuarantineBanner } from './quarantine-banner'
import { useHeadingFocusOnRouteChange } from './route-focus'
import { LockedPhonesBanner } from './locked-phones-banner'
import { RouteContext, type Route } from './routes'
import { ToastProvider } from './toasts'

// Screens the first view does not need are loaded on first visit, keeping the start-up bundle small.
// The phone form loads when it first opens: the dashboard shows without it.
const PhoneForm = lazy(() => import('../features/phone-form/phone-form').then((m) => ({ default: m.PhoneForm })))
const PhoneScreen = lazy(() => import('../features/phone/phone-screen').then((m) => ({ default: m.PhoneScreen })))
const RunScreen = lazy(() => import('../features/run/run-screen').then((m) => ({ default: m.RunScreen })))
const SettingsScreen = lazy(() => import('../features/settings/settings-screen').then((m) => ({ default: m.SettingsScreen })))
const UsbScreen = lazy(() => import('../features/usb/usb-screen').then((m) => ({ default: m.UsbScreen })))
const VerifyScreen = lazy(() => import('../features/certificate/verify-screen').then((m) => ({ default: m.VerifyScreen })))

type FormState = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; device: DeviceSummary }

function Screen(props: { route: Route; onAdd: () => void; onEdit: (device: DeviceSummary) => void }) {
  const { route } = props
  switch (route.name) {
    case 'dashboard':
      return <DashboardScreen onAddPhone={props.onAdd} onEditPhone={props.onEdit} />
    case 'phone':
      return <PhoneScreen deviceId={route.deviceId} onEdit={props.onEdit} />
    case 'settings':
      return <SettingsScreen />
    case 'run':
      return <RunScreen deviceId={route.deviceId} />
    case 'usb':
      return <UsbScreen deviceId={route.deviceId} />
    case 'verify':
      return <VerifyScreen />
  }
}

/** The application shell: navigation, the current screen, the phone form and the menu commands. */
export function App() {
  const { t } = useTranslation()
  const { phase, loadError } = useHousehold()
  const [route, setRoute] = useState<Route>({ name: 'dashboard' })
  const [form, setForm] = useState<FormState>({ mode: 'closed' })
  const [aboutOpen, setAboutOpen] = useState(false)
  const navigate = useCallback((next: Route) => {
    setRoute(next)
    window.scrollTo(0, 0)
  }, [])
  const routeValue = useMemo(() => ({ route, navigate }), [route, navigate])
  useHeadingFocusOnRouteChange(route)
  const openAdd = useCallback(() => setForm({ mode: 'add' }), [])
  const openEdit = useCallback((device: DeviceSummary) => setForm({ mode: 'edit', device }), [])

  useEffect(() => followPushes(window.api.on), [])
  useEffect(
    () =>
      window.api.on.menuCommand((command: MenuCommand) => {
        if (command === 'new-phone') openAdd()
        else if (command === 'settings') navigate({ name: 'settings' })
        else if (command === 'about') setAboutOpen(true)
        else if (command === 'verify-certificate') navigate({ name: 'verify' })
      }),
    [navigate, openAdd]
  )

  const navItem = (target: Route, label: string) => {
    const current = route.name === target.name || (target.name === 'dashboard' && (route.name === 'phone' || route.name === 'run'))
    return (
      <li>
        <button type="button" className="nav-link" aria-current={current ? 'page' : undefined} onClick={() => navigate(target)}>
          {label}
        </button>
      </li>
    )
  }

  return (
    <RouteContext.Provider value={routeValue}>
      <ToastProvider>
        <a
          className="skip-link"
          href={`#${MAIN_ID}`}
          onClick={(event) => {
            event.preventDefault()
            document.getElementById(MAIN_ID)?.focus()
          }}
        >
          {t('app.skipToContent')}
        </a>
        <div className="shell">
          <aside className="sidebar">
            <p className="brand">
              <span className="brand-mark" aria-hidden="true" />
              {t('app.name')}
            </p>
            <nav aria-label={t('app.nav.label')}>
              <ul>
                {navItem({ name: 'dashboard' }, t('app.nav.phones'))}
                {navItem({ name: 'usb' }, t('app.nav.usb'))}
                {navItem({ name: 'verify' }, t('app.nav.verify'))}
                {navItem({ name: 'settings' }, t('app.nav.settings'))}
              </ul>
            </nav>
          </aside>
          <main className="content" id={MAIN_ID} tabIndex={-1}>
            <QuarantineBanner />
            <LockedPhonesBanner />
            {phase === 'loading' && <p role="status">{t('app.loading')}</p>}
            {phase === 'failed' && (
              <div className="banner banner-error" role="alert">
                <p>{t('app.loadFailed', { message: loadError ? apiErrorText(loadError) : '' })}</p>
                <button type="button" className="button" onClick={() => void household.load()}>
                  {t('app.retry')}
                </button>
              </div>
            )}
            {phase === 'ready' && (
              <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
                <Screen route={route} onAdd={openAdd} onEdit={openEdit} />
              </Suspense>
            )}
          </main>
        </div>
        {form.mode !== 'closed' && (
          <Suspense fallback={null}>
            <PhoneForm device={form.mode === 'edit' ? form.device : undefined} onClose={() => setForm({ mode: 'closed' })} />
          </Suspense>
        )}
        {aboutOpen && (
          <ModalDialog title={t('about.title')} onClose={() => setAboutOpen(false)}>
            <p className="modal-body">{t('about.body')}</p>
          </ModalDialog>
        )}
        {/* Answers the File menu's export / import commands. */}
        <RecordsDialogs />
      </ToastProvider>
    </RouteContext.Provider>
  )
}
