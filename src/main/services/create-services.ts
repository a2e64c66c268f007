import { createAttachmentService, type AttachmentService } from './attachment-service'
import { createCertificateService, type CertificateService } from './certificate/certificate-service'
import { runSubjectRecord } from './certificate/subject-source'
import { createHouseholdService, type HouseholdService } from './household-service'
import { createArchiveService, type ArchiveService } from './archive/archive-service'
import { createQuarantineActions, type QuarantineActions } from './archive/quarantine-actions'
import { createBackupService, type BackupService } from './backups/backup-service'
import { ensureDataFormat, newerDataReason } from './backups/data-format'
import { readOnlyStorage } from './read-only-storage'
import { makePrivateDir } from './private-files'
import { recoverStaging } from './backups/staging'
import type { Adb, Clock, EventSink, ExternalLinks, FileDialogs, PdfPrinter, Storage, SystemPrinter, Vault } from './ports'
import { createRunService, type RunService } from './run-service'
import { createUsbForHousehold } from './usb/create-usb'
import type { UsbService } from './usb/usb-service'
import type { UntrustedFileParser } from './parsing/worker-parser'

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
  /** The adb server, for the USB check. */
  adb: Adb
  /** Parses untrusted PDFs and archives in a worker thread with resource limits. */
  parser: UntrustedFileParser
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
  usb: UsbService
  archive: ArchiveService
  backups: BackupService
  quarantine: QuarantineActions
}

/** Builds the services and loads the household from `dataDir`. */
export async function createServices(dataDir: string, appVersion: string, ports: Ports): Promise<Services> {
  const { clock } = ports
  makePrivateDir(dataDir)
  // Finish or undo an interrupted swap, then check the format: back up before a migration; a newer format opens read-only.
  recoverStaging(dataDir)
  const reload = () => household.load()
  const backupsOver = (storage: Storage, readOnly: string) => createBackupService({ dataDir, storage, clock, reload, readOnly })
  const format = ensureDataFormat(dataDir, ports.storage, backupsOver(ports.storage, ''), appVersion)
  const readOnly = format === 'newer' ? newerDataReason(dataDir, ports.storage) : ''
  const storage = readOnly ? readOnlyStorage(ports.storage, readOnly) : ports.storage
  const backups = backupsOver(storage, readOnly)
  const household: HouseholdService = createHouseholdService({
    dataDir,
    storage,
    vault: ports.vault,
    clock,
    readOnly,
    deviceFiles: (id) => [...runs.filesOf(id), ...attachments.filesOf(id), ...certificates.filesOf(id)]
  })
  const runs = createRunService({
    dataDir,
    storage,
    clock,
    onStatusChange: async (id, status) => void (await household.setStatus(id, status)),
    deviceExists: (id) => household.has(id)
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
    parser: ports.parser,
    subjectRecord: runSubjectRecord({ device: (id) => household.get(id), run: (id) => runs.forCertificate(id) })
  })
  // Account checks over USB are journalled in the phone's run and confirm its sign-out steps.
  const usb = createUsbForHousehold({
    dataDir,
    adb: ports.adb,
    storage,
    clock,
    dialogs: ports.dialogs,
    runs,
    recordSerial: (id) => (household.has(id) ? household.reveal(id).serial : '')
  })
  const archive = createArchiveService({ dataDir, appVersion, storage, vault: ports.vault, clock, dialogs: ports.dialogs, backups, reload, readOnly, parser: ports.parser })
  const quarantine = createQuarantineActions({ dataDir, storage, vault: ports.vault, dialogs: ports.dialogs, reload })
  await household.load()
  backups.maybeDaily()
  return { dataDir, appVersion, ports, household, runs, attachments, certificates, usb, archive, backups, quarantine }
}

