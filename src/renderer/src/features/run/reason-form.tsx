import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_NOTE_LENGTH, MIN_REASON_LENGTH } from '@shared/offboarding/limits'

/** Asks for the reason of a skip; the reason is required. Enter submits, Escape cancels. */
export function ReasonForm(props: { label: string; confirmLabel: string; onSubmit: (reason: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('offboarding')
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const id = useId()
  return (
    <form
      className="reason-form"
      onSubmit={(e) => {
        e.preventDefault()
        const trimmed = reason.trim()
        if (trimmed.length < MIN_REASON_LENGTH) setProblem(t('ui.run.reasonNeeded'))
        else props.onSubmit(trimmed)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          props.onCancel()
        }
      }}
    >
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        autoFocus
        value={reason}
        maxLength={MAX_NOTE_LENGTH}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          setReason(e.target.value)
          setProblem(null)
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="inline-controls">
        <button type="submit" className="button button-small">
          {props.confirmLabel}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={props.onCancel}>
          {t('ui.run.cancel')}
        </button>
      </div>
    </form>
  )
}
