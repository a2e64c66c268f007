import { createExternalStore } from '../../lib/external-store'

/** Which records dialog is open. */
export type RecordsDialog = 'export' | 'import' | null

const store = createExternalStore<RecordsDialog>(null)

/** Opens or closes the export / import dialog from anywhere (File menu, Settings). */
export const setRecordsDialog = (next: RecordsDialog): void => store.set(next)

/** The open records dialog, re-rendering on change. */
export const useRecordsDialog = (): RecordsDialog => store.use()
