import { createHouseholdService, type HouseholdService } from './household-service'
import type { Clock, EventSink, ExternalLinks, FileDialogs, PdfPrinter, Storage, Vault } from './ports'

/** The platform pieces the services need; Electron adapters in the app, test adapters in tests. */
export interface Ports {
  storage: Storage
  vault: Vault
  clock: Clock
  dialogs: FileDialogs
  pdf: PdfPrinter
  events: EventSink
  links: ExternalLinks
}

/** Every main-process service, built over one data folder. */
export interface Services {
  dataDir: string
  appVersion: string
  ports: Ports
  household: HouseholdService
}

/** Builds the services and loads the household from `dataDir`. */
export async function createServices(dataDir: string, appVersion: string, ports: Ports): Promise<Services> {
  const household = createHouseholdService({ dataDir, storage: ports.storage, vault: ports.vault, clock: ports.clock })
  await household.load()
  return { dataDir, appVersion, ports, household }
}
