import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArchiveService } from '@main/services/archive/archive-service'
import type { CertificateService } from '@main/services/certificate/certificate-service'
import type { VerificationResult } from '@shared/certificate/verification'
import type { ScriptedDialogs } from '../ports/scripted-dialogs'

/** Runs `work` with a fresh temporary folder, removed afterwards. */
async function inScratch<R>(work: (dir: string) => Promise<R>): Promise<R> {
  const dir = mkdtempSync(join(tmpdir(), 'handover-harness-'))
  try {
    return await work(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The text File › Export… writes for the current records: the save dialog is answered with a temporary file. */
export function exportedArchive(
  archive: Pick<ArchiveService, 'exportAll'>,
  dialogs: ScriptedDialogs,
  passphrase?: string
): Promise<string> {
  return inScratch(async (dir) => {
    const file = join(dir, 'records.handover')
    dialogs.answerSave(file)
    if (!(await archive.exportAll(passphrase))) throw new Error('The export was cancelled.')
    return readFileSync(file, 'utf8')
  })
}

/** Opens the archive at `path` through File › Import… (the open dialog answers with it). */
export async function openedImport(
  archive: Pick<ArchiveService, 'openImport'>,
  dialogs: ScriptedDialogs,
  path: string
): Promise<{ token: string; fileName: string; protected: boolean }> {
  dialogs.answerOpen([path])
  const opened = await archive.openImport()
  if (!opened) throw new Error('The import was cancelled.')
  return opened
}

/** The bytes Save as PDF writes for a certificate: the save dialog is answered with a temporary file. */
export function savedPdf(
  certificates: Pick<CertificateService, 'savePdf'>,
  dialogs: ScriptedDialogs,
  certificateId: string
): Promise<Uint8Array> {
  return inScratch(async (dir) => {
    const file = join(dir, 'certificate.pdf')
    dialogs.answerSave(file)
    if (!(await certificates.savePdf(certificateId))) throw new Error('Saving the PDF was cancelled.')
    return new Uint8Array(readFileSync(file))
  })
}

/** What File › Verify a Certificate says of these PDF bytes: they are written to a temporary file the open dialog answers with. */
export function verifiedPdf(
  certificates: Pick<CertificateService, 'verifyFile'>,
  dialogs: ScriptedDialogs,
  bytes: Uint8Array
): Promise<VerificationResult> {
  return inScratch(async (dir) => {
    const file = join(dir, 'to-verify.pdf')
    writeFileSync(file, bytes)
    dialogs.answerOpen([file])
    const result = await certificates.verifyFile()
    if (!result) throw new Error('Verifying was cancelled.')
    return result
  })
}
