/** Why a backup was made. */
export const BACKUP_REASONS = ['manual', 'daily', 'before-migration', 'before-restore', 'before-import'] as const
/** Why a backup was made. */
export type BackupReason = (typeof BACKUP_REASONS)[number]

/** A backup's id: its time stamp and reason, also its folder name under backups/. */
export const BACKUP_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z_[a-z-]{1,30}$/

/** True when `name` has the form of a backup's id. */
export function isBackupId(name: string): boolean {
  return BACKUP_ID_PATTERN.test(name)
}

/** One copy of the data folder under backups/. */
export interface BackupInfo {
  id: string
  createdAt: string
  reason: BackupReason
  files: number
  bytes: number
}

/** How many backups are kept. */
export interface BackupSettings {
  keep: number
}

/** Most backups that can be kept. */
export const MAX_KEEP = 100
