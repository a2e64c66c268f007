import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { issuedCertificateSchema, type IssuedCertificate } from '@shared/certificate/issued'
import { signedCertificateSchema, type SignedCertificate } from '@shared/certificate/signed'
import { ServiceError } from '@shared/result'
import type { Storage, Vault } from '../ports'
import { readRecord, setAsideRecord, type BadRecordPolicy } from '../record-reader'
import { recordIdsIn } from '../record-ids'
import { makePrivateDir } from '../private-files'
import { parseJsonStrictly } from '../safe-json'
import { resealed } from '../reseal'
import { decryptStored, encryptForStorage, VaultUnavailableError } from '../vault-unavailable'

/** The folder of issued certificates under the data folder. */
export const CERTIFICATES_DIR = 'certificates'

const storedSchema = issuedCertificateSchema.extend({
  schemaVersion: z.literal(1),
  /** The signed certificate as JSON, encrypted through the Vault (it holds IMEI and serial numbers). */
  sealed: z.string().min(1)
})
type StoredCertificate = z.infer<typeof storedSchema>

/** Issued certificates, one JSON document each under `<dataDir>/certificates/<deviceId>/<id>.json`. */
export interface CertificateStore {
  /** Saves an issued certificate. */
  save(summary: IssuedCertificate, signed: SignedCertificate): Promise<void>
  /** The certificates issued for a phone, newest first; documents that cannot be read are set aside under the store's policy. */
  listForDevice(deviceId: string): IssuedCertificate[]
  /** One certificate with its signed document; `not-found` when there is none. `deviceId`, when known, spares the search. */
  load(id: string, deviceId?: string): Promise<{ summary: IssuedCertificate; signed: SignedCertificate }>
}

/**
 * Opens the certificate store of a data folder. With a policy (the app's own folder), a file that cannot be read or
 * fails its schema goes to quarantine like every other record; without one (a copy being read for export or
 * import) it is skipped. A keyring that will not decrypt is reported as such and the file stays.
 */
export function certificateStore(
  storage: Storage,
  vault: Vault,
  dataDir: string,
  badRecords: BadRecordPolicy | null = null
): CertificateStore {
  /* eslint-disable n/no-sync -- the store reads its folder as the synchronous Storage port reads records (json-document-storage.ts); a handful of small files */
  const root = path.join(dataDir, CERTIFICATES_DIR)
  const deviceDir = (deviceId: string) => path.join(root, deviceId)
  const deviceIds = () =>
    fs.existsSync(root)
      ? fs
          .readdirSync(root, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
      : []
  const readStored = (dir: string, id: string): StoredCertificate | null =>
    readRecord(
      storage.open<StoredCertificate>(dir, id),
      (raw) => {
        const stored = storedSchema.parse(raw)
        if (stored.id !== id || path.basename(dir) !== stored.deviceId)
          throw new SyntaxError('The record inside does not match its file name.')
        return stored
      },
      badRecords
    ) ?? null
  const decryptSigned = async (dir: string, stored: StoredCertificate): Promise<SignedCertificate | null> => {
    let text: string
    try {
      text = await decryptStored(vault, stored.sealed)
    } catch (error) {
      if (error instanceof VaultUnavailableError) throw new ServiceError('unavailable', { key: 'vault.locked' })
      text = ''
    }
    let signed: SignedCertificate
    try {
      signed = signedCertificateSchema.parse(parseJsonStrictly(text))
    } catch (error) {
      if (badRecords) setAsideRecord(badRecords, path.join(dir, `${stored.id}.json`), error)
      return null
    }
    const fresh = await resealed(vault, stored.sealed, text)
    if (fresh) {
      try {
        storage.open<StoredCertificate>(dir, stored.id).write({ ...stored, sealed: fresh })
      } catch {
        // read-only data or a failed write: the old value is still readable
      }
    }
    return signed
  }
  const summaryOf = ({ schemaVersion: _version, sealed: _sealed, ...summary }: StoredCertificate): IssuedCertificate => summary
  return {
    async save(summary, signed) {
      const dir = deviceDir(summary.deviceId)
      makePrivateDir(dir)
      const stored: StoredCertificate = { schemaVersion: 1, ...summary, sealed: await encryptForStorage(vault, JSON.stringify(signed)) }
      storage.open<StoredCertificate>(dir, summary.id).write(stored)
    },
    listForDevice(deviceId) {
      const dir = deviceDir(deviceId)
      return recordIdsIn(dir)
        .map((id) => readStored(dir, id))
        .filter((stored): stored is StoredCertificate => stored !== null)
        .map(summaryOf)
        .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))
    },
    async load(id, deviceId) {
      const dir = (deviceId !== undefined ? [deviceId] : deviceIds())
        .map(deviceDir)
        .find((candidate) => fs.existsSync(path.join(candidate, `${id}.json`)))
      const stored = dir ? readStored(dir, id) : null
      const signed = dir && stored ? await decryptSigned(dir, stored) : null
      if (stored && signed) return { summary: summaryOf(stored), signed }
      throw new ServiceError('not-found', { key: 'certificate.notFound' })
    }
  }
}
