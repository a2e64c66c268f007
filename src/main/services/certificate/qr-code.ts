import QRCode from 'qrcode'

/** A QR code for `text` as an inline SVG element (error correction M, 4-module quiet zone, black on white). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } })
}
