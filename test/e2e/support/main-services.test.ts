import { describe, expect, it } from 'vitest'
import type { Services } from '@main/services/create-services'
import { fromSource, inProcessMainServices } from '@e2e/support/main-services'

/** Just the parts of the services these checks touch. */
function fakeServices(emitted: Array<[string, unknown]>): Services {
  const devices = [{ id: 'a1', nickname: 'Kitchen POCO' }]
  return {
    household: { current: () => ({ devices }) },
    ports: { events: { emit: (name: string, payload: unknown) => emitted.push([name, payload]) } }
  } as unknown as Services
}

describe('main-services facade, Chromium tier', () => {
  it('runs work on the services with its argument and hands back a copy, as the Electron tier does', async () => {
    const services = fakeServices([])
    const main = inProcessMainServices(() => services)
    const found = await main.run((s, name) => s.household.current().devices.find((d) => d.nickname === name), 'Kitchen POCO')
    expect(found).toEqual({ id: 'a1', nickname: 'Kitchen POCO' })
    found!.nickname = 'changed'
    expect(services.household.current().devices[0].nickname).toBe('Kitchen POCO')
  })

  it('fails work that leans on a variable of the spec, which the main process would not have', async () => {
    const nickname = 'Kitchen POCO'
    const main = inProcessMainServices(() => fakeServices([]))
    await expect(main.run((s) => s.household.current().devices.find((d) => d.nickname === nickname))).rejects.toThrow(ReferenceError)
  })

  it('sends a menu command as the application menu does', async () => {
    const emitted: Array<[string, unknown]> = []
    await inProcessMainServices(() => fakeServices(emitted)).menu('export')
    expect(emitted).toEqual([['menuCommand', 'export']])
  })

  it('rebuilds self-contained work from its source alone', () => {
    expect(fromSource((a: number, b: number) => a + b)(2, 3)).toBe(5)
  })
})
