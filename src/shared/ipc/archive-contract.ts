import { z } from 'zod'
import { errorKey } from '../i18n/zod-error-map'
import { BACKUP_ID_PATTERN, MAX_KEEP, type BackupInfo, type BackupSettings } from '../archive/backups'
import { MAX_PASSPHRASE_LENGTH, MIN_PASSPHRASE_LENGTH } from '../archive/passphrase'
import type { ImportOutcome, ImportPreview } from '../archive/plan'
import type { QuarantineEntry, QuarantineRestoreOutcome } from '../quarantine'
import { channel } from './channel'

const passphrase = z.string().max(MAX_PASSPHRASE_LENGTH)
/** A backup's id: its time stamp and reason, also its folder name under backups/. */
const backupIdSchema = z.string().regex(BACKUP_ID_PATTERN, errorKey('validation.notABackup'))
/** A quarantined file's name under quarantine/ (no folders). */
const quarantineFileSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[^/\\]+$/, errorKey('validation.notAQuarantinedFile'))
  .refine((name) => name !== '.' && name !== '..')

/** Channels for export, import, automatic backups and the quarantine. */
export const archiveContract = {
  archive: {
    /** Writes every record to an archive file chosen in a save dialog; null when cancelled. */
    exportAll: channel(z.strictObject({ passphrase: passphrase.min(MIN_PASSPHRASE_LENGTH).optional() })).returns<{ path: string } | null>(),
    /** Writes a CSV inventory of the phones; identifiers only when asked. Null when cancelled. */
    exportCsv: channel(z.strictObject({ includeSecrets: z.boolean() })).returns<{ path: string } | null>(),
    /** Asks for an archive file and reads it; null when cancelled. */
    openImport: channel(z.undefined()).returns<{ token: string; fileName: string; protected: boolean } | null>(),
    /** Decrypts (if protected), validates and plans the import of the opened file; nothing is written. */
    previewImport: channel(z.strictObject({ token: z.uuid(), passphrase: passphrase.optional() })).returns<ImportPreview>(),
    /** Applies the previewed import, all or nothing. */
    applyImport: channel(z.strictObject({ token: z.uuid() })).returns<ImportOutcome>(),
    /** Forgets an opened file. */
    cancelImport: channel(z.strictObject({ token: z.uuid() })).returns<null>()
  },
  backups: {
    /** Backups, newest first, and the settings. */
    list: channel(z.undefined()).returns<{ backups: BackupInfo[]; settings: BackupSettings }>(),
    /** Backs up the data folder now. */
    create: channel(z.undefined()).returns<BackupInfo>(),
    /** Restores a backup after backing up the current state. */
    restore: channel(z.strictObject({ id: backupIdSchema })).returns<{ safetyCopy: BackupInfo }>(),
    /** Changes how many backups are kept. */
    setSettings: channel(z.strictObject({ keep: z.number().int().min(1).max(MAX_KEEP) })).returns<BackupSettings>()
  },
  quarantine: {
    /** Files set aside, with when and why, newest first. */
    list: channel(z.undefined()).returns<QuarantineEntry[]>(),
    /** Copies a quarantined file to a place chosen in a save dialog; null when cancelled. */
    exportFile: channel(z.strictObject({ file: quarantineFileSchema })).returns<{ path: string } | null>(),
    /** Puts a file back if it is valid now; otherwise says why not and leaves it. */
    restore: channel(z.strictObject({ file: quarantineFileSchema })).returns<QuarantineRestoreOutcome>()
  }
} as const
