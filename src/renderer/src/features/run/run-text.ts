import type { TFunction } from 'i18next'
import type { JournalEntry, Run, StepState } from '@shared/offboarding/run'
import { formatDateTime } from '../../components/format'
import { usbCheckText, usbEvidenceText } from './usb-check-text'

/** The short label of a step's state ("Done", "Confirmed over USB", "Skipped", …). */
export function stateLabel(t: TFunction, state: StepState): string {
  if (state.status === 'done' && state.confirmedBy === 'usb') return t('offboarding:ui.states.doneUsb')
  return t(`offboarding:ui.states.${state.status}`)
}

/** The long description of a settled step's state, with its time and reason or evidence (needs `usb` loaded for USB evidence). */
export function stateSentence(t: TFunction, state: StepState): string | null {
  switch (state.status) {
    case 'pending':
      return null
    case 'done':
      return state.confirmedBy === 'usb'
        ? t('offboarding:ui.statesLong.doneUsb', {
            when: formatDateTime(state.at),
            evidence: state.evidence ? usbEvidenceText(t, state.evidence) : ''
          })
        : t('offboarding:ui.statesLong.done', { when: formatDateTime(state.at) })
    case 'skipped':
      return t('offboarding:ui.statesLong.skipped', { when: formatDateTime(state.at), reason: state.reason })
    case 'not-applicable':
      return t('offboarding:ui.statesLong.not-applicable', { when: formatDateTime(state.at) })
  }
}

/** One journal entry in words (the undo entries name what they reverted); needs the `usb` namespace loaded for USB checks. */
export function journalLine(t: TFunction, run: Run, entry: JournalEntry): string {
  switch (entry.kind) {
    case 'started':
      return t('offboarding:ui.journal.started', { scenario: t(`offboarding:scenarios.${entry.scenario}.label`) })
    case 'step': {
      const step = t(`offboarding:steps.${entry.stepId}.title`)
      const state = entry.to.status === 'pending' ? t('offboarding:ui.journal.reopened') : stateLabel(t, entry.to)
      return entry.to.status === 'skipped'
        ? t('offboarding:ui.journal.stepReason', { step, state, reason: entry.to.reason })
        : t('offboarding:ui.journal.step', { step, state })
    }
    case 'backup': {
      const category = t(`offboarding:backup.categories.${entry.category}.label`)
      const state = t(`offboarding:backup.statuses.${entry.to.status}`)
      return entry.to.reason
        ? t('offboarding:ui.journal.backupReason', { category, state, reason: entry.to.reason })
        : t('offboarding:ui.journal.backup', { category, state })
    }
    case 'gather':
      return t(entry.have ? 'offboarding:ui.journal.gatherHave' : 'offboarding:ui.journal.gatherNot', {
        item: t(`offboarding:lockedOut.gather.${entry.item}`)
      })
    case 'usb-check':
      return usbCheckText(t, entry.summary)
    case 'undo': {
      const target = run.journal[entry.undoes]
      return t('offboarding:ui.journal.undo', { what: target ? journalLine(t, run, target) : '' })
    }
  }
}
