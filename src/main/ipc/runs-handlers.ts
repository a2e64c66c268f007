import type { runsContract } from '@shared/ipc/runs-contract'
import type { AttachmentService } from '../services/attachment-service'
import type { RunService } from '../services/run-service'
import type { Handlers } from './router'

/** Handlers for offboarding runs and kept files. */
export function runsHandlers({ runs, attachments }: { runs: RunService; attachments: AttachmentService }): Handlers<typeof runsContract> {
  return {
    runs: {
      get: ({ deviceId }) => runs.get(deviceId),
      start: ({ deviceId, scenario, replace }) => runs.start(deviceId, scenario, replace),
      apply: ({ deviceId, change }) => runs.apply(deviceId, change),
      undo: ({ deviceId }) => runs.undo(deviceId),
      progress: () => runs.progressAll()
    },
    attachments: {
      list: ({ deviceId }) => attachments.list(deviceId),
      add: ({ deviceId }) => attachments.add(deviceId),
      remove: ({ deviceId, attachmentId }) => attachments.remove(deviceId, attachmentId)
    }
  }
}
