import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { channel } from '@shared/ipc/channel'
import { CHANNEL_NAMES } from '@shared/ipc/channel-names'
import { contract, joinContracts } from '@shared/ipc/contract'

const methodsOf = (shape: Record<string, Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(shape).map(([namespace, methods]) => [namespace, Object.keys(methods).sort()]))

describe('the IPC contract', () => {
  const ping = { alpha: { ping: channel(z.undefined()).returns<null>() } } as const
  const pong = { alpha: { pong: channel(z.undefined()).returns<null>() } } as const
  const beta = { beta: { ping: channel(z.undefined()).returns<null>() } } as const

  it('joins parts whose namespaces differ', () => {
    expect(methodsOf(joinContracts(ping, beta))).toEqual({ alpha: ['ping'], beta: ['ping'] })
  })

  it('does not compile when two parts declare the same namespace (at run time the second would overwrite the first)', () => {
    // @ts-expect-error: "alpha" is declared by both parts
    const joined = joinContracts(ping, pong)
    expect(methodsOf(joined)).toEqual({ alpha: ['pong'] })
  })

  it('has channel names, which the preload builds from, for exactly the channels the router serves', () => {
    expect(methodsOf(CHANNEL_NAMES)).toEqual(methodsOf(contract))
  })
})
