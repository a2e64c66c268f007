import type { ArchiveRecords, AttachmentBundle } from '@shared/archive/format'
import { SECTION_NAMES, type SectionName } from '@shared/archive/section-names'
import type { ChangeKind, ImportPreview, PlannedRecord } from '@shared/archive/plan'
import { archiveProblem, recordAt, type ArchiveProblem } from '@shared/archive/problems'
import type { ErrorText } from '@shared/result'
import { canonicalJson } from '@shared/certificate/canonical'
import type { Device } from '@shared/device-model'
import { verifySignedCertificate } from '../certificate/seal'
import { ATTACHMENT_EXTENSIONS } from '@shared/offboarding/attachment'
import { extname } from 'node:path'

const KEPT_EXTENSIONS: ReadonlySet<string> = new Set(ATTACHMENT_EXTENSIONS)

/** A bundle with only the files its list names: anything else in the archive is never written. */
function listedOnly(bundle: AttachmentBundle): AttachmentBundle {
  const listed = new Set(bundle.list.files.map((entry) => entry.file))
  return { ...bundle, files: bundle.files.filter((file) => listed.has(file.file)) }
}

/** What an import does: counts and names for the preview, records to write, and every record afterwards. */
export interface ImportPlan {
  counts: ImportPreview['counts']
  changed: PlannedRecord[]
  changes: number
  writes: ArchiveRecords
  after: ArchiveRecords
}

type Counts = Record<ChangeKind, number>

interface Tally {
  counts: Counts
  changed: PlannedRecord[]
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b)

function note(tally: Tally, section: SectionName, kind: ChangeKind, label: string): void {
  tally.counts[kind] += 1
  if (kind !== 'unchanged' && tally.changed.length < 200) tally.changed.push({ section, kind, label })
}

/**
 * Plans one section: finds each incoming record's local match (`match`; by default the local record with the
 * same key), rewrites it to the local identity (`rekey`; by default unchanged), merges, and sorts it into
 * added / updated / unchanged.
 */
function planSection<R>(options: {
  section: SectionName
  incoming: readonly R[]
  local: readonly R[]
  key: (record: R) => string
  match?: (record: R) => R | undefined
  rekey?: (record: R, local: R | undefined) => R
  merge?: (local: R, incoming: R) => R
  label: (record: R) => string
}): Tally & { writes: R[]; after: R[] } {
  const tally: Tally = { counts: { added: 0, updated: 0, unchanged: 0 }, changed: [] }
  const byKey = new Map(options.local.map((record) => [options.key(record), record]))
  const match = options.match ?? ((record: R) => byKey.get(options.key(record)))
  const after = new Map(byKey)
  const writes: R[] = []
  for (const record of options.incoming) {
    const local = match(record)
    const rekeyed = options.rekey ? options.rekey(record, local) : record
    const next = local && options.merge ? options.merge(local, rekeyed) : rekeyed
    const kind: ChangeKind = !local ? 'added' : same(local, next) ? 'unchanged' : 'updated'
    note(tally, options.section, kind, options.label(next))
    if (kind !== 'unchanged') {
      writes.push(next)
      after.set(options.key(next), next)
    }
  }
  return { ...tally, writes, after: [...after.values()] }
}

function identifiers(device: Device): string[] {
  return [
    device.imei1 && `imei:${device.imei1}`,
    device.imei2 && `imei:${device.imei2}`,
    device.serial && `serial:${device.serial.toUpperCase()}`
  ].filter((value): value is string => Boolean(value))
}

function mergeAttachments(local: AttachmentBundle, incoming: AttachmentBundle): AttachmentBundle {
  const known = new Set(local.list.files.map((f) => f.id))
  const added = incoming.list.files.filter((f) => !known.has(f.id))
  return {
    deviceId: local.deviceId,
    list: { schemaVersion: 1, files: [...local.list.files, ...added] },
    files: [...local.files, ...incoming.files.filter((f) => added.some((a) => a.file === f.file))]
  }
}

/** Problems that make the archive's records inconsistent with each other or with the household. */
function checkReferences(incoming: ArchiveRecords, deviceIds: Set<string>, memberIds: Set<string>): ArchiveProblem[] {
  const problems: ArchiveProblem[] = []
  const at = (section: SectionName, index: number, field: string, text: ErrorText) =>
    problems.push(archiveProblem(`${section}[${index}].${field}`, { record: recordAt(incoming, section, index), field }, text))
  const seen = new Map<string, number>()
  incoming.devices.forEach((device, index) => {
    if (device.ownerId !== null && !memberIds.has(device.ownerId)) at('devices', index, 'ownerId', { key: 'archive.ownerUnknown' })
    for (const [field, id] of [
      ['id', device.id],
      ...identifiers(device).map((i) => [i.startsWith('imei') ? 'imei1' : 'serial', i])
    ] as const) {
      const other = seen.get(id)
      if (other !== undefined && other !== index)
        at('devices', index, field, { key: 'archive.samePhoneAsArchive', params: { other: other + 1 } })
      seen.set(id, index)
    }
  })
  incoming.runs.forEach((run, index) => deviceIds.has(run.deviceId) || at('runs', index, 'deviceId', { key: 'archive.phoneUnknown' }))
  incoming.attachments.forEach((bundle, index) => {
    if (!deviceIds.has(bundle.deviceId)) at('attachments', index, 'deviceId', { key: 'archive.phoneUnknown' })
    bundle.list.files.forEach((entry, fileIndex) => {
      if (!KEPT_EXTENSIONS.has(extname(entry.file).slice(1))) {
        at('attachments', index, `list.files.${fileIndex}.file`, {
          key: 'archive.fileKindNotKept',
          params: { extensions: ATTACHMENT_EXTENSIONS.join(', ') }
        })
      }
    })
  })
  incoming.certificates.forEach((record, index) => {
    if (!deviceIds.has(record.summary.deviceId)) at('certificates', index, 'summary.deviceId', { key: 'archive.phoneUnknown' })
    let verdict: ReturnType<typeof verifySignedCertificate> | null
    try {
      verdict = verifySignedCertificate(record.signed, record.signed.publicKey)
    } catch {
      verdict = null
    }
    if (!verdict?.valid) {
      const fields = verdict && !verdict.valid && verdict.fields.length > 0 ? verdict.fields.join(', ') : 'signature'
      at('certificates', index, `signed.${fields.split(', ')[0]}`, {
        key: 'archive.certificateDoesNotVerify',
        params: { problem: verdict && !verdict.valid ? verdict.problem : 'unreadable', fields }
      })
    }
  })
  return problems
}

/**
 * Plans an import against the local records. A member with the same id or name, and a phone with the same
 * id, IMEI or serial, is a match (updated or unchanged), never a duplicate; records that refer to a matched
 * member or phone are rewritten to the local id. Returns problems instead when the archive contradicts itself.
 */
export function planImport(
  incoming: ArchiveRecords,
  local: ArchiveRecords
): { ok: true; plan: ImportPlan } | { ok: false; problems: ArchiveProblem[] } {
  const memberById = new Map(local.members.map((m) => [m.id, m]))
  const memberByName = new Map(local.members.map((m) => [m.name.toLocaleLowerCase(), m]))
  const memberIds = new Map<string, string>()
  const members = planSection({
    section: 'members',
    incoming: incoming.members,
    local: local.members,
    key: (m) => m.id,
    match: (m) => memberById.get(m.id) ?? memberByName.get(m.name.toLocaleLowerCase()),
    rekey: (m, found) => {
      memberIds.set(m.id, found?.id ?? m.id)
      return { ...m, id: found?.id ?? m.id }
    },
    label: (m) => m.name
  })

  const deviceById = new Map(local.devices.map((d) => [d.id, d]))
  const deviceByIdentifier = new Map(local.devices.flatMap((d) => identifiers(d).map((i) => [i, d] as const)))
  const deviceIds = new Map<string, string>()
  const localMatch = (d: Device) =>
    deviceById.get(d.id) ??
    identifiers(d)
      .map((i) => deviceByIdentifier.get(i))
      .find(Boolean)
  const problems = checkReferences(
    incoming,
    new Set([...local.devices.map((d) => d.id), ...incoming.devices.map((d) => d.id)]),
    new Set([...local.members.map((m) => m.id), ...incoming.members.map((m) => m.id)])
  )
  const claimed = new Map<string, number>()
  incoming.devices.forEach((device, index) => {
    const found = localMatch(device)
    if (!found) return
    const other = claimed.get(found.id)
    if (other !== undefined)
      problems.push(
        archiveProblem(
          `devices[${index}].imei1`,
          { record: recordAt(incoming, 'devices', index), field: 'imei1' },
          { key: 'archive.samePhoneAsHousehold', params: { other: other + 1 } }
        )
      )
    claimed.set(found.id, index)
  })
  if (problems.length > 0) return { ok: false, problems }

  const devices = planSection({
    section: 'devices',
    incoming: incoming.devices,
    local: local.devices,
    key: (d) => d.id,
    match: localMatch,
    rekey: (d, found) => {
      deviceIds.set(d.id, found?.id ?? d.id)
      return { ...d, id: found?.id ?? d.id, ownerId: d.ownerId === null ? null : (memberIds.get(d.ownerId) ?? d.ownerId) }
    },
    label: (d) => d.nickname
  })
  const phone = (id: string) => deviceIds.get(id) ?? id
  const nicknames = new Map(devices.after.map((d) => [d.id, d.nickname]))
  const nickname = (id: string) => nicknames.get(id) ?? id
  const runs = planSection({
    section: 'runs',
    incoming: incoming.runs.map((r) => ({ ...r, deviceId: phone(r.deviceId) })),
    local: local.runs,
    key: (r) => r.deviceId,
    label: (r) => nickname(r.deviceId)
  })
  const attachments = planSection({
    section: 'attachments',
    incoming: incoming.attachments.map((a) => ({ ...listedOnly(a), deviceId: phone(a.deviceId) })),
    local: local.attachments,
    key: (a) => a.deviceId,
    merge: mergeAttachments,
    label: (a) => nickname(a.deviceId)
  })
  const certificates = planSection({
    section: 'certificates',
    incoming: incoming.certificates.map((c) => ({ ...c, summary: { ...c.summary, deviceId: phone(c.summary.deviceId) } })),
    local: local.certificates,
    key: (c) => c.summary.id,
    // An issued certificate is never rewritten: the one on this computer stays as it is.
    merge: (l) => l,
    label: (c) => `${nickname(c.summary.deviceId)} · ${c.summary.issuedAt.slice(0, 10)}`
  })
  const sections = { members, devices, runs, attachments, certificates }
  const counts = Object.fromEntries(SECTION_NAMES.map((name) => [name, sections[name].counts])) as ImportPreview['counts']
  const changed = SECTION_NAMES.flatMap((name) => sections[name].changed).slice(0, 200)
  const changes = SECTION_NAMES.reduce((sum, name) => sum + sections[name].counts.added + sections[name].counts.updated, 0)
  return {
    ok: true,
    plan: {
      counts,
      changed,
      changes,
      writes: {
        members: members.writes,
        devices: devices.writes,
        runs: runs.writes,
        attachments: attachments.writes,
        certificates: certificates.writes
      },
      after: {
        members: members.after,
        devices: devices.after,
        runs: runs.after,
        attachments: attachments.after,
        certificates: certificates.after
      }
    }
  }
}
