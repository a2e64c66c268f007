import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** What a field hands its control: the id its label points at, the ids describing it, and whether it is invalid. */
export interface FieldControl {
  id: string
  describedBy: string | undefined
  invalid: boolean
}

/** One labelled form field with optional help, error text and a "required" mark, wired by aria-describedby. */
export function Field(props: {
  label: string
  help?: string
  error?: string | undefined
  /** Announces the error as soon as it shows (a dialog's only field, with no summary above it). */
  announceError?: boolean
  /** Marks the label; the control itself carries `required` for assistive technology. */
  required?: boolean
  /** Extra text under the control, such as a character count (described, and announced politely). */
  counter?: string
  children: (control: FieldControl) => ReactNode
}) {
  const { t } = useTranslation('common')
  const id = useId()
  const helpId = `${id}-help`
  const errorId = `${id}-error`
  const counterId = `${id}-counter`
  const describedBy =
    [props.error ? errorId : null, props.help ? helpId : null, props.counter ? counterId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {props.label}
        {props.required && <span className="field-required"> {t('form.required')}</span>}
      </label>
      {props.children({ id, describedBy, invalid: Boolean(props.error) })}
      {props.error && (
        <p id={errorId} className="field-error" role={props.announceError ? 'alert' : undefined}>
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

/** The line above a form that says what went wrong (a refused save, fields that need attention), announced at once. */
export function FormAlert(props: { children: ReactNode }) {
  return (
    <p className="form-alert" role="alert">
      {props.children}
    </p>
  )
}

/** A password box wired to its Field (label, description, invalid state); `autoFocus` makes it the dialog's first focus. */
export function PasswordInput(props: {
  control: FieldControl
  value: string
  onChange: (value: string) => void
  autoComplete: 'new-password' | 'off'
  autoFocus?: boolean
}) {
  const { control } = props
  return (
    <input
      id={control.id}
      type="password"
      autoComplete={props.autoComplete}
      value={props.value}
      aria-describedby={control.describedBy}
      aria-invalid={control.invalid}
      onChange={(e) => props.onChange(e.target.value)}
      {...(props.autoFocus ? { 'data-autofocus': true } : {})}
    />
  )
}
