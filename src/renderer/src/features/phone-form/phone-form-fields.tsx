import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** One labelled form field with optional help, error text and a "required" mark, wired by aria-describedby. */
export function Field(props: {
  label: string
  help?: string
  error?: string | undefined
  /** Marks the label; the control itself carries `required` for assistive technology. */
  required?: boolean
  /** Extra text under the control, such as a character count (described, and announced politely). */
  counter?: string
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode
}) {
  const { t } = useTranslation()
  const id = useId()
  const helpId = `${id}-help`
  const errorId = `${id}-error`
  const counterId = `${id}-counter`
  const describedBy = [props.error ? errorId : null, props.help ? helpId : null, props.counter ? counterId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {props.label}
        {props.required && <span className="field-required"> {t('form.required')}</span>}
      </label>
      {props.children({ id, describedBy, invalid: Boolean(props.error) })}
      {props.error && (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      )}
      {props.help && (
        <p id={helpId} className="field-help">
          {props.help}
        </p>
      )}
      {props.counter && (
        <p id={counterId} className="field-help field-counter" aria-live="polite">
          {props.counter}
        </p>
      )}
    </div>
  )
}
