import './records.css'
import { useEffect } from 'react'
import type { MenuCommand } from '../../../../shared/app-events'
import { ExportDialog } from './export-dialog'
import { ImportDialog } from './import-dialog'
import { setRecordsDialog, useRecordsDialog } from './records-dialogs-store'

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
  if (open === 'export') return <ExportDialog onClose={close} />
  if (open === 'import') return <ImportDialog onClose={close} />
  return null
}
