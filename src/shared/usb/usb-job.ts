import type { AccountCheck } from './account-check'
import type { PropertiesOutcome } from './device-properties'

/** What a read asks the phone: its properties (for the record), or its accounts (for the sign-out steps). */
export const READ_KINDS = ['properties', 'accounts'] as const

/** One kind of read. */
export type ReadKind = (typeof READ_KINDS)[number]

/** How far a read has come: the command being run (1-based) out of all, and the bytes received for it. */
export interface ReadProgress {
  step: number
  steps: number
  received: number
}

/** A read as the renderer follows it; `outcome` is set once it has finished. */
export type ReadJobView =
  | { id: string; kind: 'properties'; running: boolean; progress: ReadProgress; outcome: PropertiesOutcome | null }
  | { id: string; kind: 'accounts'; running: boolean; progress: ReadProgress; outcome: AccountCheck | null }
