import { useId, type ReactNode } from 'react'

/** One labelled form field with optional help and error text wired by aria-describedby. */
export function Field(props: {
  label: string
  help?: string
  error?: string | undefined
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode
}) {
  const id = useId()
  const helpId = `${id}-help`
  const errorId = `${id}-error`
  const describedBy = [props.error ? errorId : null, props.help ? helpId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={props.error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{props.label}</label>
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
    </div>
  )
}
