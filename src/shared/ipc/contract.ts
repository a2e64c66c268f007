import { appContract } from './app-contract'
import { archiveContract } from './archive-contract'
import { certificatesContract } from './certificates-contract'
import type { ApiOf } from './channel'
import { devicesContract } from './devices-contract'
import type { EventApi } from './events'
import { runsContract } from './runs-contract'
import { usbContract } from './usb-contract'

/** The one IPC contract: every channel the renderer may call, with its input schema and output type. */
export const contract = {
  ...appContract,
  ...devicesContract,
  ...runsContract,
  ...certificatesContract,
  ...usbContract,
  ...archiveContract
} as const

/** The contract's type. */
export type Contract = typeof contract

/** What `window.api` offers the renderer: one named method per channel, and event subscriptions. */
export type Api = ApiOf<Contract> & { on: EventApi }
