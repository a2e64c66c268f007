import type { SectionName } from './section-names'

/** What importing a record would do. */
export type ChangeKind = 'added' | 'updated' | 'unchanged'
/** The change kinds in display order. */
export const CHANGE_KINDS = ['added', 'updated', 'unchanged'] as const satisfies readonly ChangeKind[]

/** One record of the plan, named for the owner (no IMEI or serial). */
export interface PlannedRecord {
  section: SectionName
  kind: ChangeKind
  label: string
}

/** What an import would change, shown before anything is written. */
export interface ImportPreview {
  /** Identifies the opened file for applyImport. */
  token: string
  fileName: string
  createdAt: string
  appVersion: string
  /** The archive's version before migration, when it was older than the current one. */
  migratedFrom: number | null
  /** Per kind of record: how many are added, updated, unchanged. */
  counts: Record<SectionName, Record<ChangeKind, number>>
  /** Added and updated records (at most 200), for the list in the preview. */
  changed: PlannedRecord[]
  /** Added + updated records in total; 0 means importing changes nothing. */
  changes: number
}

/** The result of applying an import. */
export interface ImportOutcome {
  changes: number
}
