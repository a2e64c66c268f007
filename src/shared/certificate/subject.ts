import { z } from 'zod'
import { errorKey } from '../i18n/zod-error-map'
import type { BrandOrUnknown, OsFamilyOrUnknown } from '../device-model'
import type { Scenario } from '../offboarding/scenarios'
import { DESTINATIONS, IDENTIFIER_DISPLAYS, PAPER_SIZES, certificateLanguagesSchema, type CONFIRMERS } from './content'

/** Where a step of the run stands when the certificate is asked for. */
export const SUBJECT_STEP_STATUSES = ['done', 'skipped', 'not-applicable', 'pending'] as const

/** The choices the owner makes in the issue form. */
export const issueOptionsSchema = z.object({
  destination: z.enum(DESTINATIONS),
  preparer: z.object({
    name: z.string().trim().min(1, errorKey('validation.preparerNameMissing')).max(80),
    contact: z.string().trim().max(120)
  }),
  recipient: z.object({ name: z.string().trim().min(1).max(80) }).nullable(),
  identifiers: z.enum(IDENTIFIER_DISPLAYS),
  paperSize: z.enum(PAPER_SIZES),
  /** The certificate's language, then optionally a second language printed beneath it. */
  languages: certificateLanguagesSchema
})
/** The owner's choices for one certificate. */
export type IssueOptions = z.infer<typeof issueOptionsSchema>

/** The phone's identity at the time of issue, in clear (masking happens when the content is built). */
export interface SubjectDevice {
  brand: BrandOrUnknown
  marketName: string
  modelNumber: string
  serial: string
  imei1: string
  imei2: string
  osFamily: OsFamilyOrUnknown
  osVersion: string
}

/** One step of the finished run. */
export interface SubjectStep {
  id: string
  /** The step's title in the certificate's language. */
  title: string
  status: (typeof SUBJECT_STEP_STATUSES)[number]
  /** True when the scenario needs the step before a certificate can be issued. */
  required: boolean
  /** ISO time of the last change (done or skipped), or null. */
  at: string | null
  confirmedBy: (typeof CONFIRMERS)[number] | null
  /** The owner's reason for skipping, or null. */
  reason: string | null
}

/** What the run and the phone record say, independent of the owner's form choices. */
export interface SubjectRecord {
  device: SubjectDevice
  scenario: Scenario
  steps: SubjectStep[]
}

/** Everything a certificate is built from: the record plus the owner's choices. */
export type CertificateSubject = SubjectRecord & IssueOptions
