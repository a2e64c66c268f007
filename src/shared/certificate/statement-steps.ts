import type { StepId } from '../offboarding/catalogue'
import type { StatementId } from './content'

/**
 * The run steps that back each statement of the certificate, by step id in the offboarding catalogue.
 * A statement is confirmed only when every applicable step listed here is done.
 */
export const STATEMENT_STEPS: Readonly<Record<StatementId, readonly StepId[]>> = {
  'find-device-off': ['find-device-off'],
  'xiaomi-account-removed': ['xiaomi-sign-out', 'remove-from-cloud-list'],
  'google-accounts-removed': ['remove-google-accounts'],
  'factory-reset': ['factory-reset']
}
