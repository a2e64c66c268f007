import type { TFunction } from 'i18next'
import { errorText } from '@shared/i18n/error-text'
import type { QuarantineEntry, QuarantineProblem, QuarantineRestoreProblem } from '@shared/quarantine'

function problemText(problem: QuarantineProblem, t: TFunction<'records'>): string {
  switch (problem.code) {
    case 'not-json':
      return t('quarantine.problem.notJson')
    case 'wrong-format':
      return t('quarantine.problem.wrongFormat')
    case 'unreadable':
      return t('quarantine.problem.unreadable', { errno: problem.errno })
    case 'unusable':
      return t('quarantine.problem.unusable')
    case 'no-note':
      return t('quarantine.problem.noNote')
    case 'as-written':
      return problem.text
  }
}

/** Why a file was set aside, in the app's language; a note from an older Handover that matches no code, as it was written. */
export function quarantineReasonText(entry: QuarantineEntry, t: TFunction<'records'>): string {
  const reason = problemText(entry.problem, t)
  return entry.leftInPlace ? t('quarantine.leftInPlace', { reason }) : reason
}

/** Why a quarantined file cannot go back yet, in the app's language. */
export function restoreProblemText(problem: QuarantineRestoreProblem, t: TFunction<'records'>): string {
  switch (problem.code) {
    case 'unknown-kind':
      return t('quarantine.restoreProblem.unknownKind')
    case 'target-taken':
      return t('quarantine.restoreProblem.targetTaken', { path: problem.path })
    case 'still-not-json':
      return t('quarantine.restoreProblem.stillNotJson')
    case 'still-wrong-format': {
      const issue = errorText(t, problem.issue)
      return problem.field
        ? t('quarantine.restoreProblem.stillWrongFormatField', { field: problem.field, problem: issue })
        : t('quarantine.restoreProblem.stillWrongFormat', { problem: issue })
    }
    case 'unreadable-here':
      return t('quarantine.restoreProblem.unreadableHere')
  }
}
