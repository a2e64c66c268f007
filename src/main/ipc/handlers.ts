import { contract, type Contract } from '@shared/ipc/contract'
import type { Services } from '../services/create-services'
import { appHandlers } from './app-handlers'
import { archiveHandlers } from './archive-handlers'
import { certificatesHandlers } from './certificates-handlers'
import { devicesHandlers } from './devices-handlers'
import { runsHandlers } from './runs-handlers'
import { usbHandlers } from './usb-handlers'
import { createRouter, type Handlers, type Router, type SenderInfo } from './router'

/** Every handler of the contract, built over the services. */
export function createHandlers(services: Services): Handlers<Contract> {
  return {
    ...appHandlers(services),
    ...devicesHandlers(services),
    ...runsHandlers(services),
    ...certificatesHandlers(services),
    ...usbHandlers(services),
    ...archiveHandlers(services)
  }
}

/** The app's router: the contract, its handlers and the sender check. */
export function createAppRouter(services: Services, isTrustedSender: (sender: SenderInfo) => boolean): Router {
  return createRouter(contract, createHandlers(services), isTrustedSender)
}
