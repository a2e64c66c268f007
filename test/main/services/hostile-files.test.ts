import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AttachmentTooLargeError, extractCertificateJson } from '@main/services/certificate/pdf-attachment'
import { createWorkerParser } from '@main/services/parsing/worker-parser'
import { builtParseWorker } from '@harness/ports/built-parse-worker'
import { MAX_ARCHIVE_BYTES } from '@shared/archive/format'
import { servicesAt } from '@harness/data/full-household'
import { amplifyingArchive, manyStringsArchive, pdfBomb } from '@harness/data/hostile-files'
import { madeUpPhone } from '@harness/data/made-up-phones'
import { snapshotFolder, tempDir } from '../../support/temp-dir'
import { openedImport, verifiedPdf } from '@harness/services/through-dialogs'

const MB = 1024 * 1024

describe('a certificate PDF that is a compression bomb', () => {
  it('is not inflated past the cap: a 256 KB file that would inflate to 268 MB is refused', async () => {
    const bomb = await pdfBomb(256 * MB)
    expect(bomb.length).toBeLessThan(400 * 1024)
    await expect(extractCertificateJson(bomb)).rejects.toBeInstanceOf(AttachmentTooLargeError)
  })

  it('is verified as not valid through the service, which reads it in the parse worker', async () => {
    const { services, dialogs } = await servicesAt(tempDir())
    const result = await verifiedPdf(services.certificates, dialogs, await pdfBomb(64 * MB))
    expect(result).toMatchObject({ valid: false, source: 'pdf' })
  })
})

describe('an archive that is hostile to the parser', () => {
  it('a 24 MB archive of empty arrays is refused with a clear message before it can take the heap, and nothing changes', async () => {
    const dataDir = tempDir()
    const { services, dialogs } = await servicesAt(dataDir)
    await services.household.create(madeUpPhone())
    const file = join(tempDir(), 'amplifying.handover')
    amplifyingArchive(file, 24 * MB)
    const before = snapshotFolder(dataDir)
    await expect(
      (async () => services.archive.previewImport((await openedImport(services.archive, dialogs, file)).token))()
    ).rejects.toThrow(/too (large|complex)/)
    expect(snapshotFolder(dataDir)).toEqual(before)
  })

  it('a file over the size limit (about 150 MB) is refused by its size, unread', async () => {
    expect(MAX_ARCHIVE_BYTES).toBeLessThan(150 * MB)
    const { services, dialogs } = await servicesAt(tempDir())
    const file = join(tempDir(), 'huge.handover')
    writeFileSync(file, '')
    const { truncateSync } = await import('node:fs')
    truncateSync(file, 150 * MB)
    await expect(openedImport(services.archive, dialogs, file)).rejects.toThrow(/too large/)
  })

  it('a parse that takes longer than the worker is given is stopped with a clear message', async () => {
    const file = join(tempDir(), 'many-strings.handover')
    manyStringsArchive(file, 1_500_000)
    await expect(createWorkerParser(builtParseWorker(), { heapMb: 640, timeoutMs: 1 }).openArchive(file)).rejects.toThrow(
      /too large or too complex/
    )
  })
})
