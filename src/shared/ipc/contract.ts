import { appContract } from './app-contract'
import { archiveContract } from './archive-contract'
import { certificatesContract } from './certificates-contract'
import type { ApiOf, ContractShape } from './channel'
import { devicesContract } from './devices-contract'
import type { EventApi } from './events'
import { runsContract } from './runs-contract'
import { usbContract } from './usb-contract'

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never

/** The parts unchanged when no namespace appears in two of them; otherwise a type that names the duplicates. */
type Disjoint<P extends readonly ContractShape[], Seen extends PropertyKey = never> = P extends readonly [
  infer Head extends ContractShape,
  ...infer Rest extends readonly ContractShape[]
]
  ? [Extract<keyof Head, Seen>] extends [never]
    ? readonly [Head, ...Disjoint<Rest, Seen | keyof Head>]
    : readonly [{ duplicateNamespace: Extract<keyof Head, Seen> }]
  : readonly []

/** Joins contract parts into one; a namespace declared by two parts fails to compile instead of one overwriting the other. */
export function joinContracts<const P extends readonly ContractShape[]>(...parts: P & Disjoint<P>): UnionToIntersection<P[number]> {
  return Object.assign({}, ...parts) as UnionToIntersection<P[number]>
}

/** The one IPC contract: every channel the renderer may call, with its input schema and output type. */
export const contract = joinContracts(appContract, devicesContract, runsContract, certificatesContract, usbContract, archiveContract)

/** The contract's type. */
export type Contract = typeof contract

/** What `window.api` offers the renderer: one named method per channel, and event subscriptions. */
export type Api = ApiOf<Contract> & { on: EventApi }
