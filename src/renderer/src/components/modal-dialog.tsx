import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { focusScreenHeading, focusWasLost } from '../lib/focus'

const FOCUSABLE =
  'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])'

/** The control a dialog opens on: `[data-autofocus]`, else its first control after the title bar. */
function initialFocus(dialog: HTMLDialogElement): HTMLElement | null {
  return (
    dialog.querySelector<HTMLElement>('[data-autofocus]') ??
    dialog.querySelector<HTMLElement>(`:scope > :not(.modal-header) :is(${FOCUSABLE})`)
  )
}

/**
 * A modal built on the native <dialog>: it opens once per mount (a new `onClose` on each render never reopens it),
 * focus starts on `[data-autofocus]` or the first control, Escape closes, and focus returns afterwards
 * (to the screen's heading when the control that opened it is gone).
 */
export function ModalDialog(props: {
  title: string
  onClose: () => void
  children: ReactNode
  wide?: boolean
  role?: 'dialog' | 'alertdialog'
}) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const onClose = useRef(props.onClose)
  useEffect(() => {
    onClose.current = props.onClose
  })
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const previous = document.activeElement as HTMLElement | null
    if (!dialog.open) dialog.showModal()
    initialFocus(dialog)?.focus()
    const cancel = (event: Event): void => {
      event.preventDefault()
      onClose.current()
    }
    dialog.addEventListener('cancel', cancel)
    return () => {
      dialog.removeEventListener('cancel', cancel)
      if (dialog.open) dialog.close()
      if (previous?.isConnected) previous.focus()
      // The opener may leave in the same update (the first phone saved, a row deleted): wait for the screen to settle.
      else window.setTimeout(() => focusWasLost() && focusScreenHeading(), 0)
    }
  }, [])
  return (
    <dialog ref={ref} className={props.wide ? 'modal modal-wide' : 'modal'} aria-labelledby={titleId} role={props.role}>
      <header className="modal-header">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="icon-button" aria-label={t('app.close')} onClick={() => onClose.current()}>
          ×
        </button>
      </header>
      {props.children}
    </dialog>
  )
}

/** Asks before a destructive action; the safe choice has focus first. */
export function ConfirmDialog(props: { title: string; body: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation()
  return (
    <ModalDialog title={props.title} onClose={props.onCancel} role="alertdialog">
      <p className="modal-body">{props.body}</p>
      <footer className="modal-footer">
        <button type="button" className="button" data-autofocus onClick={props.onCancel}>
          {t('app.cancel')}
        </button>
        <button type="button" className="button button-danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </footer>
    </ModalDialog>
  )
}
