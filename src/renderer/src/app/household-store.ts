import type { DeviceInput, DeviceStatus, DeviceSummary, Member } from '../../../shared/device-model'
import type { Household } from '../../../shared/household'
import { api, errorMessage, unwrap } from './api-client'
import { createExternalStore } from './external-store'

/** What the renderer knows about the household: what the main process loaded, and how loading went. */
export interface HouseholdState extends Household {
  phase: 'loading' | 'ready' | 'failed'
  loadError: string | null
}

const store = createExternalStore<HouseholdState>({ phase: 'loading', devices: [], members: [], quarantinedNow: [], locked: null, readOnly: null, skippedLinks: [], loadError: null })

function setState(next: Partial<HouseholdState>): void {
  store.set({ ...store.get(), ...next })
}

function upsert(summary: DeviceSummary): DeviceSummary {
  const others = store.get().devices.filter((d) => d.id !== summary.id)
  setState({ devices: [summary, ...others] })
  return summary
}

/** The household state, re-rendering on change. */
export function useHousehold(): HouseholdState {
  return store.use()
}

/** Actions on the household; each keeps the local state in step with the main process. */
export const household = {
  /** Loads everything from the main process. */
  async load(): Promise<void> {
    try {
      const data = await unwrap(api().household.load())
      // Read by `npm run bench`: the dashboard's render time is measured from here.
      performance.mark('handover:household-data', { detail: data.devices.length })
      setState({ phase: 'ready', ...data, loadError: null })
    } catch (error) {
      setState({ phase: 'failed', loadError: errorMessage(error, 'Unknown error') })
    }
  },
  /** Adds a phone. */
  create: async (input: DeviceInput) => upsert(await unwrap(api().devices.create(input))),
  /** Saves a phone's fields. */
  update: async (id: string, input: DeviceInput) => upsert(await unwrap(api().devices.update({ id, input }))),
  /** Changes a phone's status. */
  setStatus: async (id: string, status: DeviceStatus) => upsert(await unwrap(api().devices.setStatus({ id, status }))),
  /** Puts a phone's summary in the list after another feature changed it. */
  upsert,
  /** Deletes a phone; returns the undo token. */
  async remove(id: string): Promise<string> {
    const { undoToken } = await unwrap(api().devices.remove({ id }))
    setState({ devices: store.get().devices.filter((d) => d.id !== id) })
    return undoToken
  },
  /** Brings a deleted phone back. */
  undoRemove: async (undoToken: string) => upsert(await unwrap(api().devices.undoRemove({ undoToken }))),
  /** Adds a household member (or returns the one with that name). */
  async addMember(name: string): Promise<Member> {
    const member = await unwrap(api().members.create({ name }))
    if (!store.get().members.some((m) => m.id === member.id)) setState({ members: [...store.get().members, member] })
    return member
  },
  /** Follows the phones the main process saves or removes, and reloads after a restore or import; returns the function that stops. */
  follow(): () => void {
    const stops = [
      api().on.deviceChanged(({ id, device }) => (device ? void upsert(device) : setState({ devices: store.get().devices.filter((d) => d.id !== id) }))),
      api().on.householdReloaded(() => void household.load())
    ]
    return () => stops.forEach((stop) => stop())
  },
  /** Hides the quarantine banner. */
  dismissQuarantine: () => setState({ quarantinedNow: [] })
}
