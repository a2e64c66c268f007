import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  decodePDFRawStream
} from 'pdf-lib'

/** The file name of the signed certificate inside the PDF. */
export const ATTACHMENT_NAME = 'handover-certificate.json'

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

/** The text of the certificate attachment in a PDF; null when the PDF has none. Throws when the bytes are not a PDF. */
export async function extractCertificateJson(pdf: Uint8Array): Promise<string | null> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true })
  const embedded = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)
  if (!embedded) return null
  for (const [name, spec] of nameTreeEntries(embedded)) {
    if (name !== ATTACHMENT_NAME || !(spec instanceof PDFDict)) continue
    const stream = spec.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'))
    if (!(stream instanceof PDFRawStream)) continue
    const filtered = stream.dict.has(PDFName.of('Filter'))
    const bytes = filtered ? decodePDFRawStream(stream).decode() : stream.getContents()
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  }
  return null
}
