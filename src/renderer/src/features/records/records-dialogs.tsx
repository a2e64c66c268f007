import './records.css'
import { lazy, Suspense, useEffect } from 'react'
import type { MenuCommand } from '@shared/app-events'
import { setRecordsDialog, useRecordsDialog } from './records-dialogs-store'

// The dialogs and their strings load the first time one opens: the first screen does not carry them.
const ExportDialog = lazy(() => import('./export-dialog').then((m) => ({ default: m.ExportDialog })))
const ImportDialog = lazy(() => import('./import-dialog').then((m) => ({ default: m.ImportDialog })))

/** Shows the export or import dialog when File › Export… / Import… (or Settings) asks for it. Mount once in the shell. */
export function RecordsDialogs() {
  const open = useRecordsDialog()
  useEffect(
    () =>
      window.api.on.menuCommand((command: MenuCommand) => {
        if (command === 'export' || command === 'import') setRecordsDialog(command)
      }),
    []
  )
  const close = () => setRecordsDialog(null)
  if (open === null) return null
  return <Suspense fallback={null}>{open === 'export' ? <ExportDialog onClose={close} /> : <ImportDialog onClose={close} />}</Suspense>
}
