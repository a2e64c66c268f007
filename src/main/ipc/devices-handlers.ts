import type { devicesContract } from '@shared/ipc/devices-contract'
import type { Services } from '../services/create-services'
import type { Handlers } from './router'

/** Handlers for phones and household members. */
export function devicesHandlers({ household }: Services): Handlers<typeof devicesContract> {
  return {
    household: {
      load: () => household.retryLocked()
    },
    devices: {
      create: (input) => household.create(input),
      update: ({ id, input }) => household.update(id, input),
      setStatus: ({ id, status }) => household.setStatus(id, status),
      reveal: ({ id }) => household.reveal(id),
      remove: ({ id }) => household.remove(id),
      undoRemove: ({ undoToken }) => household.undoRemove(undoToken)
    },
    members: {
      create: ({ name }) => household.addMember(name)
    }
  }
}
