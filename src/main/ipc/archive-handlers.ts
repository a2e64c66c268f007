import type { archiveContract } from '@shared/ipc/archive-contract'
import type { ArchiveService } from '../services/archive/archive-service'
import type { QuarantineActions } from '../services/archive/quarantine-actions'
import type { BackupService } from '../services/backups/backup-service'
import type { Handlers } from './router'

/** Handlers for export, import, backups and the quarantine. */
export function archiveHandlers({
  archive,
  backups,
  quarantine
}: {
  archive: ArchiveService
  backups: BackupService
  quarantine: QuarantineActions
}): Handlers<typeof archiveContract> {
  return {
    archive: {
      exportAll: ({ passphrase }) => archive.exportAll(passphrase),
      exportCsv: ({ includeSecrets }) => archive.exportCsv(includeSecrets),
      openImport: () => archive.openImport(),
      previewImport: ({ token, passphrase }) => archive.previewImport(token, passphrase),
      applyImport: ({ token }) => archive.applyImport(token),
      cancelImport: ({ token }) => archive.cancelImport(token)
    },
    backups: {
      list: async () => ({ backups: await backups.list(), settings: backups.settings() }),
      create: () => backups.create('manual'),
      restore: ({ id }) => backups.restore(id),
      setSettings: (settings) => backups.setSettings(settings)
    },
    quarantine: {
      list: () => quarantine.list(),
      exportFile: ({ file }) => quarantine.exportFile(file),
      restore: ({ file }) => quarantine.restore(file)
    }
  }
}
