import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** Masks all but the last four characters, e.g. ••••••••••••1234. */
export function maskValue(value: string): string {
  return value.length <= 4 ? '•'.repeat(value.length) : '•'.repeat(value.length - 4) + value.slice(-4)
}

/** A sensitive value shown masked, with a button that reveals it on request. */
export function MaskedValue(props: { label: string; value: string }) {
  const { t } = useTranslation()
  const [revealed, setRevealed] = useState(false)
  if (props.value === '') return <span className="muted">{t('masked.empty')}</span>
  return (
    <span className="masked">
      <code aria-label={revealed ? props.label : `${props.label}, ${t('masked.reveal', { label: props.label })}`}>
        {revealed ? props.value : maskValue(props.value)}
      </code>
      <button type="button" className="button button-small button-quiet" aria-pressed={revealed} onClick={() => setRevealed(!revealed)}>
        {revealed ? t('masked.hide', { label: props.label }) : t('masked.reveal', { label: props.label })}
      </button>
    </span>
  )
}
