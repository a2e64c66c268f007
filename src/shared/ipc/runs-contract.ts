import { z } from 'zod'
import type { Attachment } from '../offboarding/attachment'
import type { RunProgress } from '../offboarding/progress'
import { runChangeSchema } from '../offboarding/reducer'
import type { Run } from '../offboarding/run'
import { SCENARIOS } from '../offboarding/scenarios'
import { channel } from './channel'

const deviceId = z.string().uuid()
const forDevice = z.object({ deviceId })

/** Channels for offboarding runs and the files (receipts) kept with a phone. */
export const runsContract = {
  runs: {
    /** The phone's run, or null when none was started. */
    get: channel(forDevice).returns<Run | null>(),
    /** Starts a run; refused with "conflict" while an unfinished run exists unless `replace` is true. */
    start: channel(z.object({ deviceId, scenario: z.enum(SCENARIOS), replace: z.boolean().optional() })).returns<Run>(),
    /** Applies one change; "gate-locked" names what a locked step waits for. */
    apply: channel(z.object({ deviceId, change: runChangeSchema })).returns<Run>(),
    /** Reverts the last change. */
    undo: channel(forDevice).returns<Run>(),
    /** Progress of every phone's run, for the dashboard cards. */
    progress: channel(z.undefined()).returns<RunProgress[]>()
  },
  attachments: {
    /** The files kept with a phone. */
    list: channel(forDevice).returns<Attachment[]>(),
    /** Asks for files (receipts) and copies them into the data folder; returns the new list (unchanged when cancelled). */
    add: channel(forDevice).returns<Attachment[]>(),
    /** Deletes one kept file; returns the new list. */
    remove: channel(z.object({ deviceId, attachmentId: z.string().uuid() })).returns<Attachment[]>()
  }
} as const
