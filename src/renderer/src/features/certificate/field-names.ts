import type { TFunction } from 'i18next'

/** A verification field path ("device.marketName", "steps.3.at", "seal.issuedAt") in words: "phone › model name". */
export function describeField(path: string, t: TFunction<'certificate'>): string {
  return path
    .split('.')
    .map((part) =>
      /^\d+$/.test(part) ? t('verify.fields.item', { number: Number(part) + 1 }) : t(`verify.fields.${part}`, { defaultValue: part })
    )
    .join(' › ')
}
