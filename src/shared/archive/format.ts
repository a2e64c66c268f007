import { z } from 'zod'
import { errorKey } from '../i18n/zod-error-map'
import { issuedCertificateSchema } from '../certificate/issued'
import { signedCertificateSchema } from '../certificate/signed'
import { deviceSchema, memberSchema } from '../device-schema'
import { attachmentListSchema, attachmentSchema, MAX_ATTACHMENT_BYTES } from '../offboarding/attachment'
import { runSchema } from '../offboarding/run'
import { SECTION_NAMES, type SectionName } from './section-names'

/** The `format` field of a plain archive. */
export const ARCHIVE_FORMAT = 'handover-archive'
/** The archive version this Handover writes; older versions are migrated on import, newer ones refused. */
export const ARCHIVE_VERSION = 3
/** Most records of one kind an archive may hold. */
export const MAX_RECORDS = 100_000
/**
 * Largest archive file Handover reads (and writes): room for a household's records and receipts, while parsing
 * stays within the parse worker's heap.
 */
export const MAX_ARCHIVE_BYTES = 128 * 1024 * 1024

const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, errorKey('validation.base64'))

/** The files (receipts) kept with one phone: their list as stored, and each file's bytes. */
export const attachmentBundleSchema = z
  .object({
    deviceId: z.uuid(),
    list: attachmentListSchema,
    files: z.array(z.object({ file: attachmentSchema.shape.file, data: base64(MAX_ATTACHMENT_BYTES) })).max(1000)
  })
  .superRefine((bundle, ctx) => {
    bundle.list.files.forEach((entry, index) => {
      const data = bundle.files.find((f) => f.file === entry.file)
      if (!data) ctx.addIssue({ code: 'custom', path: ['list', 'files', index, 'file'], message: errorKey('validation.attachmentMissing') })
      else if (Math.floor((data.data.length * 3) / 4) - (data.data.match(/=*$/)?.[0].length ?? 0) !== entry.size) {
        ctx.addIssue({ code: 'custom', path: ['list', 'files', index, 'size'], message: errorKey('validation.attachmentSize') })
      }
    })
  })
/** A phone's attachments in an archive. */
export type AttachmentBundle = z.infer<typeof attachmentBundleSchema>

/** An issued certificate in an archive: what the phone lists, and the signed document (decrypted). */
export const certificateRecordSchema = z
  .object({ summary: issuedCertificateSchema, signed: signedCertificateSchema })
  .refine((record) => record.summary.id === record.signed.seal.id, {
    path: ['signed', 'seal', 'id'],
    message: errorKey('validation.certificateIdMismatch')
  })
/** A certificate in an archive. */
export type CertificateRecord = z.infer<typeof certificateRecordSchema>

/**
 * Every kind of record an archive carries, each validated with the schema its service saves with.
 * Phones carry IMEI, serial and account hint in clear: the archive is protected by its passphrase, if any.
 */
export const archiveRecordsSchema = z.object({
  members: z.array(memberSchema).max(MAX_RECORDS),
  devices: z.array(deviceSchema).max(MAX_RECORDS),
  runs: z.array(runSchema).max(MAX_RECORDS),
  attachments: z.array(attachmentBundleSchema).max(MAX_RECORDS),
  certificates: z.array(certificateRecordSchema).max(MAX_RECORDS)
} satisfies Record<SectionName, z.ZodType>)
/** The records of an archive, by kind. */
export type ArchiveRecords = z.infer<typeof archiveRecordsSchema>

/** What the archive says about itself. */
export const manifestSchema = z.object({
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(40),
  counts: z.object(
    Object.fromEntries(SECTION_NAMES.map((name) => [name, z.number().int().nonnegative()])) as Record<SectionName, z.ZodNumber>
  )
})
/** The archive's manifest. */
export type Manifest = z.infer<typeof manifestSchema>

/** A plain (unencrypted) archive of the current version. */
export const archiveSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    version: z.literal(ARCHIVE_VERSION),
    manifest: manifestSchema,
    records: archiveRecordsSchema
  })
  .superRefine((archive, ctx) => {
    for (const name of SECTION_NAMES) {
      if (archive.manifest.counts[name] !== archive.records[name].length) {
        ctx.addIssue({
          code: 'custom',
          path: ['manifest', 'counts', name],
          message: errorKey('validation.manifestCount'),
          params: { listed: archive.manifest.counts[name], held: archive.records[name].length }
        })
      }
    }
  })
/** A plain archive. */
export type Archive = z.infer<typeof archiveSchema>

/** Builds an archive of the current version with a matching manifest. */
export function buildArchive(records: ArchiveRecords, createdAt: string, appVersion: string): Archive {
  const counts = Object.fromEntries(SECTION_NAMES.map((name) => [name, records[name].length])) as Manifest['counts']
  return { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, manifest: { createdAt, appVersion, counts }, records }
}
