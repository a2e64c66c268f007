import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** A sensitive value shown as its last characters only; the full value is fetched from the main process when the owner asks. */
export function MaskedValue(props: { label: string; tail: string; present: boolean; reveal: () => Promise<string> }) {
  const { t } = useTranslation()
  const [value, setValue] = useState<string | null>(null)
  const [shown, setShown] = useState(false)
  if (!props.present) return <span className="muted">{t('masked.empty')}</span>
  const toggle = async (): Promise<void> => {
    if (!shown && value === null) setValue(await props.reveal())
    setShown(!shown)
  }
  // a screen reader hears "hidden, ending in 1234" instead of eight bullets (an aria-label is not allowed on <code>)
  const masked = (
    <>
      <span aria-hidden="true">••••••••</span>
      <span className="visually-hidden">{t('masked.hiddenEnding')} </span>
      {props.tail}
    </>
  )
  return (
    <span className="masked">
      <code>{shown && value !== null ? value : masked}</code>
      <button type="button" className="button button-small button-quiet" aria-pressed={shown} onClick={() => void toggle()}>
        {shown ? t('masked.hide', { label: props.label }) : t('masked.reveal', { label: props.label })}
      </button>
    </span>
  )
}
