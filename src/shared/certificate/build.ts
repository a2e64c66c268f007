import { errorDetail, ServiceError } from '../result'
import { canonicalJson } from './canonical'
import {
  STATEMENT_IDS,
  certificateContentSchema,
  type CertificateContent,
  type CertificateStatement,
  type CertificateStep,
  type StatementId
} from './content'
import { maskIdentifier } from './mask'
import { STATEMENT_STEPS } from './statement-steps'
import type { CertificateSubject, SubjectStep } from './subject'
import { utcOffsetAt } from './time-zone'

/** Facts about the issuing itself, supplied by the main process. */
export interface IssueFacts {
  id: string
  issuedAt: Date
  timeZone: string
  toolVersion: string
}

/** The required steps still pending; a certificate cannot be issued while any remain. */
export function pendingRequiredSteps(subject: Pick<CertificateSubject, 'steps'>): SubjectStep[] {
  return subject.steps.filter((step) => step.required && step.status === 'pending')
}

function certificateStep(step: SubjectStep): CertificateStep {
  switch (step.status) {
    case 'done':
      return { id: step.id, title: step.title, outcome: 'done', at: step.at, confirmedBy: step.confirmedBy ?? 'owner', reason: null }
    case 'skipped':
      return { id: step.id, title: step.title, outcome: 'skipped', at: step.at, confirmedBy: null, reason: step.reason ?? '' }
    case 'not-applicable':
      return { id: step.id, title: step.title, outcome: 'not-applicable', at: step.at, confirmedBy: null, reason: step.reason }
    case 'pending':
      return { id: step.id, title: step.title, outcome: 'not-done', at: null, confirmedBy: null, reason: null }
  }
}

function statement(id: StatementId, steps: CertificateStep[]): CertificateStatement {
  const backing = steps.filter((step) => (STATEMENT_STEPS[id] as readonly string[]).includes(step.id))
  const applicable = backing.filter((step) => step.outcome !== 'not-applicable')
  const stepIds = backing.map((step) => step.id)
  if (backing.length === 0) return { id, outcome: 'not-recorded', confirmedBy: null, stepIds }
  if (applicable.length === 0) return { id, outcome: 'not-applicable', confirmedBy: null, stepIds }
  if (applicable.some((step) => step.outcome === 'skipped')) return { id, outcome: 'skipped', confirmedBy: null, stepIds }
  if (applicable.some((step) => step.outcome !== 'done')) return { id, outcome: 'not-recorded', confirmedBy: null, stepIds }
  const confirmedBy = applicable.every((step) => step.confirmedBy === 'usb') ? 'usb' : 'owner'
  return { id, outcome: 'confirmed', confirmedBy, stepIds }
}

/**
 * Builds the content of a certificate from a finished run. Refuses with `gate-locked` while a required
 * step is pending; skipped steps keep their reasons; identifiers are masked when the owner chose so.
 * The result is NFC-normalised, so what is stored, printed and signed is the same text.
 */
export function buildCertificateContent(subject: CertificateSubject, facts: IssueFacts): CertificateContent {
  const pending = pendingRequiredSteps(subject)
  if (pending.length > 0) {
    throw new ServiceError(
      'gate-locked',
      { key: 'certificate.stepsPending', params: { count: pending.length } },
      pending.map((step) => errorDetail(`steps.${step.id}`, 'run.gateStepPending'))
    )
  }
  const shown = subject.identifiers === 'masked' ? maskIdentifier : (value: string) => value
  const steps = subject.steps.map(certificateStep)
  const statements = STATEMENT_IDS.map((id) => statement(id, steps))
  const factoryReset = statements.find((item) => item.id === 'factory-reset')
  const content: CertificateContent = {
    id: facts.id,
    issuedAt: facts.issuedAt.toISOString(),
    timeZone: facts.timeZone,
    utcOffset: utcOffsetAt(facts.issuedAt, facts.timeZone),
    languages: subject.languages,
    tool: { name: 'Handover', version: facts.toolVersion },
    preparer: { name: subject.preparer.name, contact: subject.preparer.contact },
    recipient: subject.recipient ? { name: subject.recipient.name } : null,
    device: {
      brand: subject.device.brand,
      marketName: subject.device.marketName,
      modelNumber: subject.device.modelNumber,
      serial: shown(subject.device.serial),
      imei1: shown(subject.device.imei1),
      imei2: shown(subject.device.imei2),
      identifiers: subject.identifiers,
      osFamily: subject.device.osFamily,
      osVersion: subject.device.osVersion
    },
    scenario: subject.scenario,
    destination: subject.destination,
    method: factoryReset?.outcome === 'confirmed' ? 'clear' : 'none',
    steps,
    statements
  }
  return certificateContentSchema.parse(JSON.parse(canonicalJson(content)))
}
