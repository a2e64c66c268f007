import { closeSync, openSync, writeSync } from 'node:fs'
import { constants, createDeflate } from 'node:zlib'
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { ATTACHMENT_NAME } from '@main/services/certificate/pdf-attachment'
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from '@shared/archive/format'

/** Deflates `inflatedBytes` of spaces at the highest level, a MiB at a time (a 268 MB bomb is about 256 KB). */
async function deflatedSpaces(inflatedBytes: number): Promise<Uint8Array> {
  const deflate = createDeflate({ level: constants.Z_BEST_COMPRESSION })
  const parts: Buffer[] = []
  deflate.on('data', (part: Buffer) => parts.push(part))
  const done = new Promise<void>((resolve) => deflate.on('end', resolve))
  const mib = Buffer.alloc(1024 * 1024, ' ')
  for (let left = inflatedBytes; left > 0; left -= mib.length) {
    if (!deflate.write(left >= mib.length ? mib : mib.subarray(0, left))) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await done
  return Buffer.concat(parts)
}

/** A one-page PDF whose certificate attachment is a Flate stream that inflates to `inflatedBytes` (a compression bomb). */
export async function pdfBomb(inflatedBytes: number): Promise<Uint8Array> {
  const document = await PDFDocument.create()
  document.addPage([595.28, 841.89])
  const context = document.context
  const stream = context.stream(await deflatedSpaces(inflatedBytes), {
    Type: 'EmbeddedFile',
    Subtype: 'application/json',
    Filter: 'FlateDecode'
  })
  const spec = context.register(
    context.obj({
      Type: 'Filespec',
      F: PDFString.of(ATTACHMENT_NAME),
      UF: PDFHexString.fromText(ATTACHMENT_NAME),
      EF: { F: context.register(stream) }
    })
  )
  document.catalog.set(
    PDFName.of('Names'),
    context.obj({ EmbeddedFiles: context.obj({ Names: [PDFHexString.fromText(ATTACHMENT_NAME), spec] }) })
  )
  return document.save({ useObjectStreams: false })
}

/** An archive of `bytes` that is almost all empty arrays: small on disk, hundreds of MB once parsed. */
export function amplifyingArchive(path: string, bytes: number): void {
  const head = `{"format":"${ARCHIVE_FORMAT}","version":${ARCHIVE_VERSION},"manifest":{"createdAt":"2026-01-01T00:00:00.000Z","appVersion":"0.0.1"},"records":{"members":[],"devices":[`
  const tail = '[]]}}'
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, head)
    const block = Buffer.from('[],'.repeat((1024 * 1024) / 3))
    let left = bytes - head.length - tail.length
    while (left > block.length) {
      writeSync(fd, block)
      left -= block.length
    }
    writeSync(fd, '[],'.repeat(Math.max(0, Math.floor(left / 3))))
    writeSync(fd, tail)
  } finally {
    closeSync(fd)
  }
}

/** A plain archive whose manifest carries `count` short strings: well-formed, and its heap grows with every one. */
export function manyStringsArchive(path: string, count: number): void {
  const head = `{"format":"${ARCHIVE_FORMAT}","version":${ARCHIVE_VERSION},"manifest":{"createdAt":"2026-01-01T00:00:00.000Z","appVersion":"0.0.1","padding":[`
  const tail = '"end"]},"records":{"members":[],"devices":[],"runs":[],"attachments":[],"certificates":[]}}'
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, head)
    for (let written = 0; written < count; written += 10_000) {
      writeSync(fd, Array.from({ length: 10_000 }, (_, i) => `"s${written + i}",`).join(''))
    }
    writeSync(fd, tail)
  } finally {
    closeSync(fd)
  }
}

/** A plain archive padded to `bytes` with one long string: a file of that size that parses cheaply. */
export function paddedArchive(path: string, bytes: number): void {
  const head = `{"format":"${ARCHIVE_FORMAT}","version":${ARCHIVE_VERSION},"manifest":{"createdAt":"2026-01-01T00:00:00.000Z","appVersion":"0.0.1","padding":"`
  const tail = '"},"records":{"members":[],"devices":[],"runs":[],"attachments":[],"certificates":[]}}'
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, head)
    const block = Buffer.alloc(1024 * 1024, 'a')
    for (let left = bytes - head.length - tail.length; left > 0; left -= block.length)
      writeSync(fd, left >= block.length ? block : block.subarray(0, left))
    writeSync(fd, tail)
  } finally {
    closeSync(fd)
  }
}
