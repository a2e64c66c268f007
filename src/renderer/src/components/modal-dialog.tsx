import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A modal built on the native <dialog>: focus stays inside (on `[data-autofocus]` first, if any), Escape closes, focus returns afterwards. */
export function ModalDialog(props: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; role?: 'dialog' | 'alertdialog' }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { onClose } = props
  // The latest onClose, so that a parent passing a new function on every render (every keystroke) does not reopen the dialog and move focus.
  const latestOnClose = useRef(onClose)
  useEffect(() => {
    latestOnClose.current = onClose
  }, [onClose])
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const previous = document.activeElement as HTMLElement | null
    if (!dialog.open) dialog.showModal()
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    const cancel = (event: Event): void => {
      event.preventDefault()
      latestOnClose.current()
    }
    dialog.addEventListener('cancel', cancel)
    return () => {
      dialog.removeEventListener('cancel', cancel)
      if (dialog.open) dialog.close()
      previous?.focus?.()
    }
  }, [])
  return (
    <dialog ref={ref} className={props.wide ? 'modal modal-wide' : 'modal'} aria-labelledby={titleId} role={props.role}>
      <header className="modal-header">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="icon-button" aria-label={t('app.close')} onClick={onClose}>
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
