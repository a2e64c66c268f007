import { z } from 'zod'
import { errorKey } from '../i18n/zod-error-map'
import { BRANDS, OS_FAMILIES } from '../device-model'
import { LANGUAGES, type LanguageCode } from '../i18n/languages'

/** The format tag of the first certificates: English only, `language: "en"` in the content. */
export const CERTIFICATE_FORMAT_1 = 'handover-certificate/1'
/** The format tag carried by every certificate issued now and its QR payload: the content names its language(s). */
export const CERTIFICATE_FORMAT = 'handover-certificate/2'
/** Every format Handover verifies, oldest first. */
export const CERTIFICATE_FORMATS = [CERTIFICATE_FORMAT_1, CERTIFICATE_FORMAT] as const
/** A certificate format tag. */
export type CertificateFormat = (typeof CERTIFICATE_FORMATS)[number]

/** Where the phone goes after the handover. */
export const DESTINATIONS = ['sold', 'given-away', 'traded-in', 'recycled', 'passed-to-family'] as const
/** How a performed step was confirmed: the owner ticked it, or Handover read it from the phone over USB. */
export const CONFIRMERS = ['owner', 'usb'] as const
/** What happened to a step, as the certificate records it. */
export const STEP_OUTCOMES = ['done', 'skipped', 'not-applicable', 'not-done'] as const
/** Whether IMEI numbers and the serial number are printed in full or with only the last digits visible. */
export const IDENTIFIER_DISPLAYS = ['full', 'masked'] as const
/** Paper sizes the certificate is laid out for. */
export const PAPER_SIZES = ['A4', 'Letter'] as const
/** The statements every certificate makes, each backed by steps of the run. */
export const STATEMENT_IDS = ['find-device-off', 'xiaomi-account-removed', 'google-accounts-removed', 'factory-reset'] as const
/** How a statement stands: backed by done steps, or not, and why not. */
export const STATEMENT_OUTCOMES = ['confirmed', 'skipped', 'not-applicable', 'not-recorded'] as const
/** NIST SP 800-88 sanitization technique: "clear" is a factory reset from Settings; "none" when no reset was recorded. */
export const METHODS = ['clear', 'none'] as const

/** A destination. */
export type Destination = (typeof DESTINATIONS)[number]
/** Who confirmed a step. */
export type Confirmer = (typeof CONFIRMERS)[number]
/** A step's outcome. */
export type StepOutcome = (typeof STEP_OUTCOMES)[number]
/** Full or masked identifiers. */
export type IdentifierDisplay = (typeof IDENTIFIER_DISPLAYS)[number]
/** A paper size. */
export type PaperSize = (typeof PAPER_SIZES)[number]
/** A statement id. */
export type StatementId = (typeof STATEMENT_IDS)[number]
/** A statement's outcome. */
export type StatementOutcome = (typeof STATEMENT_OUTCOMES)[number]

const text = (max: number) => z.string().max(max)
const isoTime = z.iso.datetime({ offset: false })

/** One step of the run as the certificate snapshots it. */
export const certificateStepSchema = z.strictObject({
  id: text(80).min(1),
  title: text(200).min(1),
  outcome: z.enum(STEP_OUTCOMES),
  at: isoTime.nullable(),
  confirmedBy: z.enum(CONFIRMERS).nullable(),
  reason: text(500).nullable()
})
/** One step on the certificate. */
export type CertificateStep = z.infer<typeof certificateStepSchema>

/** One statement and the steps that back it. */
export const certificateStatementSchema = z.strictObject({
  id: z.enum(STATEMENT_IDS),
  outcome: z.enum(STATEMENT_OUTCOMES),
  confirmedBy: z.enum(CONFIRMERS).nullable(),
  stepIds: z.array(text(80)).max(10)
})
/** One statement on the certificate. */
export type CertificateStatement = z.infer<typeof certificateStatementSchema>

/** The phone's identity as printed (identifiers already masked when the owner chose so). */
export const certificateDeviceSchema = z.strictObject({
  brand: z.union([z.enum(BRANDS), z.literal('')]),
  marketName: text(120),
  modelNumber: text(40),
  serial: text(64),
  imei1: text(15),
  imei2: text(15),
  identifiers: z.enum(IDENTIFIER_DISPLAYS),
  osFamily: z.union([z.enum(OS_FAMILIES), z.literal('')]),
  osVersion: text(40)
})
/** The phone on the certificate. */
export type CertificateDevice = z.infer<typeof certificateDeviceSchema>

const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as [LanguageCode, ...LanguageCode[]]

/** A certificate's languages: the primary one, and optionally a second, different one printed beneath it. */
export const certificateLanguagesSchema = z
  .array(z.enum(LANGUAGE_CODES))
  .min(1)
  .max(2)
  .refine((languages) => new Set(languages).size === languages.length, errorKey('validation.languagesDistinct'))
/** The primary language, then the optional second one. */
export type CertificateLanguages = z.infer<typeof certificateLanguagesSchema>

const contentFields = {
  id: z.uuid(),
  issuedAt: isoTime,
  timeZone: text(64).min(1),
  utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/),
  tool: z.strictObject({ name: z.literal('Handover'), version: text(40).min(1) }),
  preparer: z.strictObject({ name: text(80).min(1), contact: text(120) }),
  recipient: z.strictObject({ name: text(80).min(1) }).nullable(),
  device: certificateDeviceSchema,
  scenario: text(60).min(1),
  destination: z.enum(DESTINATIONS),
  method: z.enum(METHODS),
  steps: z.array(certificateStepSchema).max(60),
  statements: z.array(certificateStatementSchema).max(STATEMENT_IDS.length)
}

/**
 * Everything a certificate states, after NIST SP 800-88's certificate of sanitization:
 * the seal commits to exactly this object, field by field. Strict: unknown keys are refused.
 */
export const certificateContentSchema = z.strictObject({ ...contentFields, languages: certificateLanguagesSchema })
/** The content of a certificate issued now (format 2). */
export type CertificateContent = z.infer<typeof certificateContentSchema>

/** The content of a format-1 certificate: the same fields, in English only. */
export const certificateContentV1Schema = z.strictObject({ ...contentFields, language: z.literal('en') })
/** The content of a format-1 certificate. */
export type CertificateContentV1 = z.infer<typeof certificateContentV1Schema>

/** The content of a certificate of any format Handover verifies. */
export type AnyCertificateContent = CertificateContent | CertificateContentV1

/** The content schema of each format. */
export const CONTENT_SCHEMAS = {
  [CERTIFICATE_FORMAT_1]: certificateContentV1Schema,
  [CERTIFICATE_FORMAT]: certificateContentSchema
} as const

/** The languages a certificate is printed in: its own list, or English for a format-1 certificate. */
export function languagesOf(content: AnyCertificateContent): CertificateLanguages {
  return 'languages' in content ? content.languages : ['en']
}
