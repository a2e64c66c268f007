import type { TFunction } from 'i18next'
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { focusScreenHeading, focusWasLost } from '../lib/focus'
import { ACTION_TOAST_MS, pushToast, startCountdown, TOAST_MS } from './toast-queue'

/**
 * What a toast says, worked out each time it is drawn so it follows a change of language: `t` is the translator of the
 * moment (default namespace `common`); a screen's own `t` from useTranslation follows the language too.
 */
export type ToastWords = (t: TFunction) => string

/** A short message at the bottom of the window, optionally with one action such as Undo. */
export interface Toast {
  message: ToastWords
  action?: { label: ToastWords; run: () => void | Promise<void> }
  tone?: 'info' | 'error'
}

const ToastContext = createContext<(toast: Toast) => void>(() => {})

/** Shows a toast from any component. */
export function useNotify(): (toast: Toast) => void {
  return useContext(ToastContext)
}

/** One toast: it goes after its time, which stands still while the pointer is over it or focus is in it. */
function ToastItem(props: { toast: Toast; onDismiss: () => void }) {
  const { t } = useTranslation()
  const { toast } = props
  const say = (words: ToastWords): string => words(t)
  const dismiss = useRef(props.onDismiss)
  const countdown = useRef<ReturnType<typeof startCountdown> | null>(null)
  const element = useRef<HTMLDivElement>(null)
  const hovered = useRef(false)
  useEffect(() => {
    dismiss.current = props.onDismiss
  })
  useEffect(() => {
    const timer = startCountdown(toast.action ? ACTION_TOAST_MS : TOAST_MS, () => dismiss.current())
    countdown.current = timer
    return () => timer.cancel()
  }, [toast])
  const hold = (): void => countdown.current?.pause()
  const release = (): void => {
    if (!hovered.current && !element.current?.contains(document.activeElement)) countdown.current?.resume()
  }
  return (
    <div
      ref={element}
      className={`toast toast-${toast.tone ?? 'info'}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onPointerEnter={() => {
        hovered.current = true
        hold()
      }}
      onPointerLeave={() => {
        hovered.current = false
        release()
      }}
      onFocus={hold}
      onBlur={() => setTimeout(release, 0)}
    >
      <span>{say(toast.message)}</span>
      {toast.action && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            props.onDismiss()
            void Promise.resolve(toast.action?.run()).finally(() => {
              // the toast and its button are gone: keep focus on the screen rather than the page body
              if (focusWasLost()) focusScreenHeading()
            })
          }}
        >
          {say(toast.action.label)}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('app.dismiss')} onClick={props.onDismiss}>
        ×
      </button>
    </div>
  )
}

/** Provides toasts and renders them in a polite live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [toasts, setToasts] = useState<Array<Toast & { id: number }>>([])
  const nextId = useRef(1)
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), [])
  const notify = useCallback((toast: Toast) => {
    const id = nextId.current++
    setToasts((all) => pushToast(all, { ...toast, id }))
  }, [])
  const value = useMemo(() => notify, [notify])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toasts" aria-label={t('app.notifications')} aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} />
        ))}
      </section>
    </ToastContext.Provider>
  )
}
