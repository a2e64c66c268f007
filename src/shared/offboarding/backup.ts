import type { GuidanceRegion } from './region'

/** Ways of keeping a copy of data; labels and how-to under `offboarding:backup.methods.<id>`. */
export const BACKUP_METHODS = [
  'xiaomi-cloud',
  'google-backup',
  'local-backup',
  'copy-to-computer',
  'drive-upload',
  'export-file',
  'app-own-backup',
  'transfer-to-new-phone',
  'carrier'
] as const
/** One backup method. */
export type BackupMethod = (typeof BACKUP_METHODS)[number]

/** Kinds of data to keep before the accounts are removed. */
export const BACKUP_CATEGORIES = [
  'authenticator',
  'contacts',
  'messages',
  'photos-videos',
  'call-log',
  'notes-recordings',
  'chat-apps',
  'files-downloads',
  'app-data',
  'esim-number',
  'banking-payment'
] as const
/** One backup category; texts under `offboarding:backup.categories.<id>`. */
export type BackupCategory = (typeof BACKUP_CATEGORIES)[number]

/** What the catalogue knows about a category: the methods offered and whether it carries a prominent warning. */
export interface BackupCategoryDefinition {
  /** The methods offered outside mainland China. */
  methods: readonly BackupMethod[]
  /** Where a region offers other methods than `methods`: the whole list for that region. */
  methodsByRegion?: Partial<Record<GuidanceRegion, readonly BackupMethod[]>>
  /** Shown above the category, not folded away: losing this data locks the owner out of other things. */
  prominentWarning: boolean
}

/** The backup catalogue, in the order the Back up stage shows it (authenticators first, on purpose). */
export const BACKUP_CATALOGUE: Record<BackupCategory, BackupCategoryDefinition> = {
  authenticator: { methods: ['transfer-to-new-phone', 'app-own-backup'], prominentWarning: true },
  contacts: { methods: ['google-backup', 'xiaomi-cloud', 'export-file'], prominentWarning: false },
  messages: { methods: ['google-backup', 'xiaomi-cloud', 'local-backup'], prominentWarning: false },
  // Xiaomi Cloud stopped syncing the Gallery outside mainland China on 25 October 2022.
  'photos-videos': {
    methods: ['copy-to-computer', 'google-backup'],
    methodsByRegion: { china: ['copy-to-computer', 'google-backup', 'xiaomi-cloud'] },
    prominentWarning: false
  },
  'call-log': { methods: ['google-backup', 'xiaomi-cloud', 'local-backup'], prominentWarning: false },
  'notes-recordings': { methods: ['xiaomi-cloud', 'local-backup', 'copy-to-computer'], prominentWarning: false },
  'chat-apps': { methods: ['app-own-backup', 'transfer-to-new-phone'], prominentWarning: true },
  // Google's device backup does not include files or the Download folder.
  'files-downloads': { methods: ['copy-to-computer', 'drive-upload'], prominentWarning: false },
  'app-data': { methods: ['google-backup', 'local-backup', 'app-own-backup'], prominentWarning: false },
  'esim-number': { methods: ['transfer-to-new-phone', 'carrier'], prominentWarning: false },
  'banking-payment': { methods: ['transfer-to-new-phone', 'app-own-backup'], prominentWarning: true }
}

/** The methods a category offers in a region, in the order shown. */
export function backupMethods(category: BackupCategory, region: GuidanceRegion): readonly BackupMethod[] {
  const def = BACKUP_CATALOGUE[category]
  return def.methodsByRegion?.[region] ?? def.methods
}

/** Backup statuses: "backed-up" then "verified" (checked that it opens elsewhere), or "skipped" with a reason. */
export const BACKUP_STATUSES = ['pending', 'backed-up', 'verified', 'skipped'] as const
/** One backup status. */
export type BackupStatus = (typeof BACKUP_STATUSES)[number]
