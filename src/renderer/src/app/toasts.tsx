import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A short message at the bottom of the window, optionally with one action such as Undo. */
export interface Toast {
  message: string
  action?: { label: string; run: () => void | Promise<void> }
  tone?: 'info' | 'error'
}

const ToastContext = createContext<(toast: Toast) => void>(() => {})

/** Shows a toast from any component. */
export function useNotify(): (toast: Toast) => void {
  return useContext(ToastContext)
}

const TOAST_MS = 10_000

/** Provides toasts and renders them in a polite live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [toasts, setToasts] = useState<Array<Toast & { id: number }>>([])
  const nextId = useRef(1)
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), [])
  const notify = useCallback(
    (toast: Toast) => {
      const id = nextId.current++
      setToasts((all) => [...all.slice(-2), { ...toast, id }])
      window.setTimeout(() => dismiss(id), TOAST_MS)
    },
    [dismiss]
  )
  const value = useMemo(() => notify, [notify])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toasts" aria-label={t('app.notifications')} aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  dismiss(toast.id)
                  void toast.action?.run()
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </section>
    </ToastContext.Provider>
  )
}
