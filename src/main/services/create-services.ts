import { createAttachmentService, type AttachmentService } from './attachment-service'
import { createCertificateService, type CertificateService } from './certificate/certificate-service'
import { runSubjectRecord } from './certificate/subject-source'
import { createHouseholdService, type HouseholdService } from './household-service'
import { createArchiveService, type ArchiveService } from './archive/archive-service'
import { createQuarantineActions, type QuarantineActions } from './archive/quarantine-actions'
import { createBackupService, type BackupService } from './backups/backup-service'
import { ensureDataFormat, newerData } from './backups/data-format'
import { readOnlyStorage } from './read-only-storage'
import { makePrivateDir } from './private-files'
import { recoverStaging } from './backups/staging'
import type { NewerData } from '@shared/household'
import type { Ports, Storage } from './ports'
import { createRunService, type RunService } from './run-service'
import { createUsbForHousehold, type HouseholdUsb } from './usb/create-usb'
import { createCurrentLanguage, type CurrentLanguage } from './language/current-language'
import { translatedDialogs } from './language/translated-dialogs'
import { createLanguagePreference, effectiveLanguage, readLanguageChoice, type LanguagePreference } from './language/language-preference'

/** Every main-process service, built over one data folder. */
export interface Services {
  dataDir: string
  appVersion: string
  ports: Ports
  household: HouseholdService
  runs: RunService
  attachments: AttachmentService
  certificates: CertificateService
  usb: HouseholdUsb
  archive: ArchiveService
  backups: BackupService
  quarantine: QuarantineActions
  /** The language the main process writes menus, dialogs and messages in. */
  language: CurrentLanguage
  /** The user's language choice (Settings), remembered in the data folder. */
  languagePreference: LanguagePreference
}

/** Builds the services and loads the household from `dataDir`. */
export async function createServices(dataDir: string, appVersion: string, ports: Ports): Promise<Services> {
  const { clock } = ports
  // The chosen language, else the computer's: the first window, menus and messages already speak it.
  const language = await createCurrentLanguage(
    effectiveLanguage(readLanguageChoice(ports.storage, dataDir), ports.systemLanguages.preferred())
  )
  const languagePreference = createLanguagePreference({ storage: ports.storage, dataDir, system: ports.systemLanguages, current: language })
  const dialogs = translatedDialogs(ports.dialogs, language)
  makePrivateDir(dataDir)
  // Finish or undo an interrupted swap, then check the format: back up before a migration; a newer format opens read-only.
  await recoverStaging(dataDir)
  // Restores and imports replace files under every service: the renderer loads everything again.
  const reload = async () => {
    const loaded = await household.load()
    ports.events.emit('householdReloaded', null)
    return loaded
  }
  const backupsOver = (storage: Storage, readOnly: NewerData | null) => createBackupService({ dataDir, storage, clock, reload, readOnly })
  const format = await ensureDataFormat(dataDir, ports.storage, backupsOver(ports.storage, null), appVersion)
  const readOnly = format === 'newer' ? newerData(dataDir, ports.storage) : null
  const storage = readOnly ? readOnlyStorage(ports.storage) : ports.storage
  const backups = backupsOver(storage, readOnly)
  const household: HouseholdService = createHouseholdService({
    dataDir,
    storage,
    vault: ports.vault,
    clock,
    readOnly,
    deviceFiles: (id) => [...runs.filesOf(id), ...attachments.filesOf(id), ...certificates.filesOf(id)],
    events: ports.events
  })
  const runs = createRunService({
    dataDir,
    storage,
    clock,
    text: language,
    onStatusChange: async (id, status) => void (await household.setStatus(id, status)),
    deviceExists: (id) => household.has(id),
    events: ports.events
  })
  const attachments = createAttachmentService({ dataDir, storage, clock, dialogs })
  const certificates = createCertificateService({
    dataDir,
    appVersion,
    storage,
    vault: ports.vault,
    clock,
    dialogs,
    pdf: ports.pdf,
    printer: ports.printer,
    parser: ports.parser,
    subjectRecord: runSubjectRecord({ device: (id) => household.get(id), run: (id) => runs.forCertificate(id) }),
    language,
    onIssued: async (id) => void (await runs.completeHandOver(id))
  })
  // Account checks over USB are journalled in the phone's run and confirm its sign-out steps.
  const usb = createUsbForHousehold({
    dataDir,
    adb: ports.adb,
    directUsb: ports.directUsb,
    storage,
    vault: ports.vault,
    clock,
    dialogs,
    runs,
    events: ports.events,
    recordSerial: (id) => (household.has(id) ? household.reveal(id).serial : '')
  })
  const archive = createArchiveService({
    dataDir,
    appVersion,
    storage,
    vault: ports.vault,
    clock,
    dialogs,
    text: language,
    backups,
    reload,
    readOnly,
    parser: ports.parser
  })
  const quarantine = createQuarantineActions({ dataDir, storage, vault: ports.vault, dialogs, reload })
  await household.load()
  await backups.maybeDaily()
  return {
    dataDir,
    appVersion,
    ports,
    household,
    runs,
    attachments,
    certificates,
    usb,
    archive,
    backups,
    quarantine,
    language,
    languagePreference
  }
}
