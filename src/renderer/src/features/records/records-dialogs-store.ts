import { useSyncExternalStore } from 'react'

/** Which records dialog is open. */
export type RecordsDialog = 'export' | 'import' | null

let open: RecordsDialog = null
const listeners = new Set<() => void>()

/** Opens or closes the export / import dialog from anywhere (File menu, Settings). */
export function setRecordsDialog(next: RecordsDialog): void {
  open = next
  for (const listener of listeners) listener()
}

/** The open records dialog, re-rendering on change. */
export function useRecordsDialog(): RecordsDialog {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => open
  )
}
