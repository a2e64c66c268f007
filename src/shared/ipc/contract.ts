import { appContract } from './app-contract'
import type { ApiOf } from './channel'
import { devicesContract } from './devices-contract'
import type { EventApi } from './events'

/** The one IPC contract: every channel the renderer may call, with its input schema and output type. */
export const contract = {
  ...appContract,
  ...devicesContract
} as const

/** The contract's type. */
export type Contract = typeof contract

/** What `window.api` offers the renderer: one named method per channel, and event subscriptions. */
export type Api = ApiOf<Contract> & { on: EventApi }
