import { inflateSync } from 'node:zlib'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from 'pdf-lib'

/** The file name of the signed certificate inside the PDF. */
export const ATTACHMENT_NAME = 'handover-certificate.json'

/** Largest certificate attachment read, once inflated: a signed certificate is a few KiB. */
export const MAX_ATTACHMENT_JSON_BYTES = 1024 * 1024

/** The attachment is larger than any certificate, or compressed in a way Handover does not read. */
export class AttachmentTooLargeError extends Error {
  /** Builds the error. */
  constructor(message = 'The attachment is larger than any Handover certificate.') {
    super(message)
    this.name = 'AttachmentTooLargeError'
  }
}

/** The attachment's bytes: stored as is, or Flate-compressed and inflated to at most MAX_ATTACHMENT_JSON_BYTES. */
function attachmentBytes(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.lookup(PDFName.of('Filter'))
  const contents = stream.getContents()
  if (filter === undefined) {
    if (contents.length > MAX_ATTACHMENT_JSON_BYTES) throw new AttachmentTooLargeError()
    return contents
  }
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter
  if (only !== PDFName.of('FlateDecode'))
    throw new AttachmentTooLargeError('The attachment is compressed in a way no Handover certificate is.')
  try {
    // eslint-disable-next-line n/no-sync -- CPU, not disk, capped at the attachment's limit; strangers' PDFs are inflated in the parse worker
    return inflateSync(contents, { maxOutputLength: MAX_ATTACHMENT_JSON_BYTES })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new AttachmentTooLargeError()
    throw error
  }
}

/**
 * Embeds `json` in the PDF as the file attachment ATTACHMENT_NAME (associated file, relationship "Source").
 * The stream is stored uncompressed so the signed text can be read, and checked, with any PDF tool.
 */
export async function attachCertificateJson(pdf: Uint8Array, json: string, info: { title: string; when: Date }): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false })
  const context = document.context
  const bytes = new TextEncoder().encode(json)
  const stream = context.stream(bytes, {
    Type: 'EmbeddedFile',
    Subtype: 'application/json',
    Params: { Size: bytes.length, CreationDate: PDFString.fromDate(info.when), ModDate: PDFString.fromDate(info.when) }
  })
  const fileSpec = context.obj({
    Type: 'Filespec',
    F: PDFString.of(ATTACHMENT_NAME),
    UF: PDFHexString.fromText(ATTACHMENT_NAME),
    EF: { F: context.register(stream) },
    Desc: PDFHexString.fromText(info.title),
    AFRelationship: 'Source'
  })
  const fileSpecRef = context.register(fileSpec)
  const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict) ?? context.obj({})
  names.set(PDFName.of('EmbeddedFiles'), context.obj({ Names: [PDFHexString.fromText(ATTACHMENT_NAME), fileSpecRef] }))
  document.catalog.set(PDFName.of('Names'), names)
  document.catalog.set(PDFName.of('AF'), context.obj([fileSpecRef]))
  document.setTitle(info.title)
  document.setProducer('Handover')
  document.setModificationDate(info.when)
  return document.save({ useObjectStreams: false })
}

function* nameTreeEntries(node: PDFDict): Generator<[name: string, value: unknown]> {
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = names.lookup(i)
      if (key instanceof PDFString || key instanceof PDFHexString) yield [key.decodeText(), names.lookup(i + 1)]
    }
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
  for (let i = 0; kids && i < kids.size(); i++) {
    const kid = kids.lookup(i)
    if (kid instanceof PDFDict) yield* nameTreeEntries(kid)
  }
}

/**
 * The text of the certificate attachment in a PDF; null when the PDF has none. Throws when the bytes are not a PDF,
 * and AttachmentTooLargeError when the attachment would inflate past MAX_ATTACHMENT_JSON_BYTES (a compression bomb).
 * Untrusted PDFs are read in the parse worker (parsing/), never on the main thread.
 */
export async function extractCertificateJson(pdf: Uint8Array): Promise<string | null> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true })
  const embedded = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)
  if (!embedded) return null
  for (const [name, spec] of nameTreeEntries(embedded)) {
    if (name !== ATTACHMENT_NAME || !(spec instanceof PDFDict)) continue
    const stream = spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'))
    if (!(stream instanceof PDFRawStream)) continue
    return new TextDecoder('utf-8', { fatal: false }).decode(attachmentBytes(stream))
  }
  return null
}
