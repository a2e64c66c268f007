import { useEffect, useRef, useState, type ReactElement } from 'react'
import type { DeviceStatus } from '@shared/device-model'

/**
 * A phone's status as a select that saves once per decision: a pick with the pointer saves at once;
 * with the keyboard the arrows only move the choice, and Enter or leaving the field saves it (Escape puts it back).
 */
export function StatusSelect(props: {
  label: string
  status: DeviceStatus
  options: ReactElement[]
  onCommit: (status: DeviceStatus) => void
}) {
  const [draft, setDraft] = useState<DeviceStatus>(props.status)
  const [shownStatus, setShownStatus] = useState<DeviceStatus>(props.status)
  const byKeyboard = useRef(false)
  const sent = useRef<DeviceStatus>(props.status)
  if (shownStatus !== props.status) {
    // saved (here or elsewhere): the choice follows the record
    setShownStatus(props.status)
    setDraft(props.status)
  }
  useEffect(() => {
    sent.current = props.status
  }, [props.status])
  const commit = (value: DeviceStatus): void => {
    if (value === props.status || value === sent.current) return
    sent.current = value
    props.onCommit(value)
  }
  return (
    <select
      aria-label={props.label}
      className={`status-select status-${props.status}`}
      value={draft}
      onPointerDown={() => {
        byKeyboard.current = false
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Tab') byKeyboard.current = true
        if (event.key === 'Enter') {
          event.preventDefault()
          commit(draft)
        } else if (event.key === 'Escape' && draft !== props.status) {
          event.preventDefault()
          setDraft(props.status)
        }
      }}
      onChange={(event) => {
        const value = event.target.value as DeviceStatus
        setDraft(value)
        if (!byKeyboard.current) commit(value)
      }}
      onBlur={() => {
        commit(draft)
        byKeyboard.current = false
      }}
    >
      {props.options}
    </select>
  )
}
