import { createAttachmentService, type AttachmentService } from './attachment-service'
import { createCertificateService, type CertificateService } from './certificate/certificate-service'
import { runSubjectRecord } from './certificate/subject-source'
import { createHouseholdService, type HouseholdService } from './household-service'
import { createArchiveService, type ArchiveService } from './archive/archive-service'
import { createQuarantineActions, type QuarantineActions } from './archive/quarantine-actions'
import { createBackupService, type BackupService } from './backups/backup-service'
import { ensureDataFormat } from './backups/data-format'
import { recoverStaging } from './backups/staging'
import type { Adb, Clock, EventSink, ExternalLinks, FileDialogs, PdfPrinter, Storage, SystemPrinter, Vault } from './ports'
import { createRunService, type RunService } from './run-service'
import { createUsbForHousehold } from './usb/create-usb'
import type { UsbService } from './usb/usb-service'

/** The platform pieces the services need; Electron adapters in the app, test adapters in tests. */
export interface Ports {
  storage: Storage
  vault: Vault
  clock: Clock
  dialogs: FileDialogs
  pdf: PdfPrinter
  events: EventSink
  links: ExternalLinks
  printer: SystemPrinter
  /** USB check (issue 6): the adb server. */
  adb: Adb
}

/** Every main-process service, built over one data folder. */
export interface Services {
  dataDir: string
  appVersion: string
  ports: Ports
  household: HouseholdService
  runs: RunService
  attachments: AttachmentService
  certificates: CertificateService
  /** USB check (issue 6). */
  usb: UsbService
  /** Records you cannot lose (issue 5): export/import, backups, quarantine. */
  archive: ArchiveService
  backups: BackupService
  quarantine: QuarantineActions
}

/** Builds the services and loads the household from `dataDir`. */
export async function createServices(dataDir: string, appVersion: string, ports: Ports): Promise<Services> {
  const { storage, clock } = ports
  const household = createHouseholdService({
    dataDir,
    storage,
    vault: ports.vault,
    clock,
    deviceFiles: (id) => [...runs.filesOf(id), ...attachments.filesOf(id), ...certificates.filesOf(id)]
  })
  const runs = createRunService({
    dataDir,
    storage,
    clock,
    onStatusChange: async (id, status) => void (await household.setStatus(id, status)),
    deviceExists: (id) => household.current().devices.some((d) => d.id === id)
  })
  const attachments = createAttachmentService({ dataDir, storage, clock, dialogs: ports.dialogs })
  const certificates = createCertificateService({
    dataDir,
    appVersion,
    storage,
    vault: ports.vault,
    clock,
    dialogs: ports.dialogs,
    pdf: ports.pdf,
    printer: ports.printer,
    subjectRecord: runSubjectRecord({ device: (id) => household.get(id), run: (id) => runs.forCertificate(id) })
  })
  // USB check (issue 6): account checks are journalled in the phone's run and confirm its sign-out steps.
  const usb = createUsbForHousehold({ dataDir, adb: ports.adb, storage, clock, runs, recordSerial: (id) => recordSerialOf(household, id) })
  // Records you cannot lose (issue 5): finish or undo an interrupted swap, back up before a migration, daily backup.
  recoverStaging(dataDir)
  const reload = () => household.load()
  const backups = createBackupService({ dataDir, storage, clock, reload })
  ensureDataFormat(dataDir, storage, backups)
  const archive = createArchiveService({ dataDir, appVersion, storage, vault: ports.vault, clock, dialogs: ports.dialogs, backups, reload })
  const quarantine = createQuarantineActions({ dataDir, storage, vault: ports.vault, dialogs: ports.dialogs, reload })
  await household.load()
  backups.maybeDaily()
  return { dataDir, appVersion, ports, household, runs, attachments, certificates, usb, archive, backups, quarantine }
}

/** USB check (issue 6): the serial in a phone's record, or '' when there is none (or the phone is gone). */
function recordSerialOf(household: HouseholdService, id: string): string {
  try {
    return household.reveal(id).serial
  } catch {
    return ''
  }
}
