import type { Api } from '@shared/ipc/contract'
import { changesToHandOver } from '@harness/data/finished-run'
import type { AppPage } from '../fixtures'

/** Brings the first phone's "sell" run to "hand over" through the app's own API (the run screen has its own spec). */
export async function finishSellRun(app: AppPage): Promise<void> {
  await app.evaluate(async (changes) => {
    const api = (globalThis as unknown as { api: Api }).api
    const household = await api.household.load()
    if (!household.ok) throw new Error(household.error.message)
    const deviceId = household.data.devices[0].id
    const started = await api.runs.start({ deviceId, scenario: 'sell' })
    if (!started.ok) throw new Error(started.error.message)
    for (const change of changes) {
      const applied = await api.runs.apply({ deviceId, change })
      if (!applied.ok) throw new Error(`${change.type}: ${applied.error.message}`)
    }
  }, changesToHandOver('sell'))
}
