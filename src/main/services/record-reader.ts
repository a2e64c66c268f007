import type { QuarantineEntry } from '@shared/quarantine'
import type { Clock, DocumentStore } from './ports'
import { legibleNickname, quarantineFile, readProblemOf } from './quarantine'

/**
 * The one policy for a record file that cannot be read or fails its schema, whatever its kind: it is moved to
 * `quarantine/` with why (never rewritten or deleted), or, in a data folder opened read-only, left where it is
 * and only reported.
 */
export interface BadRecordPolicy {
  dataDir: string
  clock: Clock
  /** True while the data folder is open read-only (written by a newer Handover). */
  readOnly?: () => boolean
  /** Told of every file set aside. */
  onSetAside?: (entry: QuarantineEntry) => void
}

/** Sets one bad record file aside under the policy and returns the entry describing it. */
export function setAsideRecord(policy: BadRecordPolicy, path: string, error: unknown): QuarantineEntry {
  const problem = readProblemOf(error)
  // A damaged phone record is named by the nickname still legible in it (read before the file moves).
  const nickname = legibleNickname(path)
  const entry = policy.readOnly?.()
    ? {
        file: '',
        originalPath: path.slice(policy.dataDir.length + 1),
        at: policy.clock.now().toISOString(),
        problem,
        leftInPlace: true,
        ...(nickname ? { nickname } : {})
      }
    : quarantineFile(policy.dataDir, path, problem, policy.clock.now(), nickname)
  policy.onSetAside?.(entry)
  return entry
}

/**
 * Reads and checks one record: the parsed value; undefined when the file does not exist; null when it could not
 * be read or failed `parse` and was set aside under the policy (or, with no policy, when reading a copy such as
 * a staged import, only skipped).
 */
export function readRecord<T>(
  doc: DocumentStore<unknown>,
  parse: (raw: unknown) => T,
  policy: BadRecordPolicy | null
): T | undefined | null {
  try {
    const raw = doc.read()
    return raw === undefined ? undefined : parse(raw)
  } catch (error) {
    if (policy) setAsideRecord(policy, doc.path, error)
    return null
  }
}
