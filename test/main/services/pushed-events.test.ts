import { describe, expect, it } from 'vitest'
import { createServices } from '@main/services/create-services'
import { createTestPorts } from '@harness/ports/test-ports'
import type { AppEvents } from '@shared/app-events'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { tempDir } from '../../support/temp-dir'

type Pushed = { [K in keyof AppEvents]: { name: K; payload: AppEvents[K] } }[keyof AppEvents]

async function servicesPushing() {
  const pushed: Pushed[] = []
  const services = await createServices(
    tempDir('handover-events-'),
    'test',
    createTestPorts({ events: { emit: (name, payload) => void pushed.push({ name, payload } as Pushed) } })
  )
  return { services, pushed }
}

describe('events the services push', () => {
  it('pushes each saved and removed phone', async () => {
    const { services, pushed } = await servicesPushing()
    const created = await services.household.create(madeUpPhone({ nickname: 'Old Redmi' }))
    const { undoToken } = await services.household.remove(created.id)
    const back = await services.household.undoRemove(undoToken)
    expect(pushed).toEqual([
      { name: 'deviceChanged', payload: { id: created.id, device: created } },
      { name: 'deviceChanged', payload: { id: created.id, device: null } },
      { name: 'deviceChanged', payload: { id: created.id, device: back } }
    ])
  })

  it('pushes each saved run with its progress, and the phone whose status the run moved', async () => {
    const { services, pushed } = await servicesPushing()
    const { id } = await services.household.create(madeUpPhone())
    pushed.length = 0
    await services.runs.start(id, 'sell')
    expect(pushed.map((p) => p.name)).toEqual(['runChanged', 'deviceChanged'])
    expect(pushed[0]).toMatchObject({ payload: { deviceId: id, progress: { deviceId: id, scenario: 'sell', percentage: 0 } } })
    expect(pushed[1]).toMatchObject({ payload: { id, device: { status: 'preparing' } } })
  })

  it('pushes a reload after a backup is restored', async () => {
    const { services, pushed } = await servicesPushing()
    const backup = await services.backups.create('manual')
    await services.household.create(madeUpPhone())
    pushed.length = 0
    await services.backups.restore(backup.id)
    expect(pushed).toEqual([{ name: 'householdReloaded', payload: null }])
    expect(services.household.current().devices).toEqual([])
  })
})
