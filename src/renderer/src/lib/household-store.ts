import { useMemo } from 'react'
import type { DeviceInput, DeviceStatus, DeviceSummary, Member } from '@shared/device-model'
import type { Household } from '@shared/household'
import type { AppError } from '@shared/result'
import { invalidate, setQueryData } from './query/query-cache'
import { queryKeys } from './query/query-keys'
import { useQuery } from './query/use-query'
import { api, unwrap } from './api-client'

/** What the renderer knows about the household: what the main process loaded, and how loading went. */
export interface HouseholdState extends Household {
  phase: 'loading' | 'ready' | 'failed'
  /** Why the last load failed; the shell says it in the current language. */
  loadError: AppError | null
}

const EMPTY: Household = { devices: [], members: [], quarantinedNow: [], locked: null, readOnly: null, skippedLinks: [] }

async function loadHousehold() {
  const result = await api().household.load()
  // Read by `npm run bench`: the dashboard's render time is measured from here.
  if (result.ok) performance.mark('handover:household-data', { detail: result.data.devices.length })
  return result
}

const change = (next: (current: Household) => Partial<Household>): void =>
  setQueryData<Household>(queryKeys.household, (current = EMPTY) => ({ ...current, ...next(current) }))

function upsert(summary: DeviceSummary): DeviceSummary {
  change(({ devices }) => ({ devices: [summary, ...devices.filter((d) => d.id !== summary.id)] }))
  return summary
}

/** The household, loaded on first use and kept in step by the main process's pushes, re-rendering on change. */
export function useHousehold(): HouseholdState {
  const { data, error } = useQuery(queryKeys.household, loadHousehold)
  return useMemo(
    () => ({ ...(data ?? EMPTY), phase: error ? 'failed' : data ? 'ready' : 'loading', loadError: error ?? null }),
    [data, error]
  )
}

/** Actions on the household; each keeps the local state in step with the main process. */
export const household = {
  /** Loads everything from the main process again. */
  load: (): Promise<void> => invalidate(queryKeys.household),
  /** Adds a phone. */
  create: async (input: DeviceInput) => upsert(await unwrap(api().devices.create(input))),
  /** Saves a phone's fields. */
  update: async (id: string, input: DeviceInput) => upsert(await unwrap(api().devices.update({ id, input }))),
  /** Changes a phone's status. */
  setStatus: async (id: string, status: DeviceStatus) => upsert(await unwrap(api().devices.setStatus({ id, status }))),
  /** Puts a phone's summary in the list (saved), or takes it out (`null`: removed), after the main process said so. */
  apply(id: string, device: DeviceSummary | null): void {
    if (device) upsert(device)
    else change(({ devices }) => ({ devices: devices.filter((d) => d.id !== id) }))
  },
  /** Deletes a phone; returns the undo token. */
  async remove(id: string): Promise<string> {
    const { undoToken } = await unwrap(api().devices.remove({ id }))
    household.apply(id, null)
    return undoToken
  },
  /** Brings a deleted phone back. */
  undoRemove: async (undoToken: string) => upsert(await unwrap(api().devices.undoRemove({ undoToken }))),
  /** Adds a household member (or returns the one with that name). */
  async addMember(name: string): Promise<Member> {
    const member = await unwrap(api().members.create({ name }))
    change(({ members }) => (members.some((m) => m.id === member.id) ? {} : { members: [...members, member] }))
    return member
  },
  /** Hides the quarantine banner. */
  dismissQuarantine: () => change(() => ({ quarantinedNow: [] }))
}
