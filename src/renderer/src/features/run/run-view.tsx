import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DeviceSummary } from '@shared/device-model'
import type { StepId } from '@shared/offboarding/catalogue'
import { currentStepId, finalStepId, isFinished, isReady } from '@shared/offboarding/gates'
import { osVariantOf } from '@shared/offboarding/os-variant'
import { guidanceRegionOf } from '@shared/offboarding/region'
import type { RunChange } from '@shared/offboarding/reducer'
import type { Run } from '@shared/offboarding/run'
import type { GuidedScenario } from '@shared/offboarding/scenarios'
import { lastUndoable } from '@shared/offboarding/undo'
import { backupHeadingId } from './backup-panel'
import { JournalView } from './journal-view'
import { journalLine } from './run-text'
import { StageOverview } from './stage-overview'
import { StepList } from './step-list'
import { StepPanel } from './step-panel'
import type { RunState } from './use-run'

type FocusTarget = { kind: 'step' } | { kind: 'category'; category: string } | null

/** A guided run: stages with progress, the step list, the chosen step with its instructions, undo and the journal. */
export function RunView(props: { device: DeviceSummary; run: Run; scenario: GuidedScenario; state: RunState }) {
  // 'usb' words the USB checks in the journal
  const { t } = useTranslation(['offboarding', 'usb'])
  const { run, scenario, state } = props
  const lastStep = finalStepId(run)!
  const [selected, setSelected] = useState<StepId>(() => currentStepId(run) ?? lastStep)
  const focus = useRef<FocusTarget>(null)
  const undoIndex = lastUndoable(run)
  const undoWhat = undoIndex === null ? null : journalLine(t, run, run.journal[undoIndex])

  useEffect(() => {
    const target = focus.current
    focus.current = null
    if (target?.kind === 'step') document.getElementById('step-title')?.focus()
    if (target?.kind === 'category') document.getElementById(backupHeadingId(target.category))?.focus()
  }, [selected, run])

  const go = (id: StepId, category?: string): void => {
    focus.current = category ? { kind: 'category', category } : { kind: 'step' }
    setSelected(id)
  }

  const apply = async (change: RunChange): Promise<Run | null> => {
    const next = await state.apply(change)
    // once the shown step is settled (by hand, or the backup step by its categories), move on to the next one
    if (next && run.steps[selected]?.status === 'pending' && next.steps[selected]?.status !== 'pending') go(currentStepId(next) ?? lastStep)
    return next
  }

  const undo = async (): Promise<void> => {
    const next = await state.undo()
    if (next && undoIndex !== null) {
      const entry = run.journal[undoIndex]
      if (entry?.kind === 'step') setSelected(entry.stepId)
      if (entry?.kind === 'backup') setSelected('backup')
    }
  }

  return (
    <>
      <StageOverview run={run} scenario={scenario} />
      {isFinished(run) ? (
        <p className="banner banner-ok" role="status">
          {t('ui.run.finishedBanner')}
        </p>
      ) : (
        isReady(run) && (
          <p className="banner banner-ok" role="status">
            {t('ui.run.readyBanner')}
          </p>
        )
      )}
      {state.error && (
        <p className="banner banner-error" role="alert">
          {state.error}
        </p>
      )}
      <div className="undo-bar">
        <button type="button" className="button" disabled={undoIndex === null} aria-describedby="undo-what" onClick={() => void undo()}>
          <span aria-hidden="true">{'↶'}</span> {t('ui.run.undo')}
        </button>
        <span id="undo-what" className="muted">
          {undoWhat ? t('ui.run.undoWhat', { what: undoWhat }) : t('ui.run.nothingToUndo')}
        </span>
      </div>
      <div className="run-layout">
        <StepList run={run} scenario={scenario} selected={selected} onSelect={(id) => go(id)} />
        <StepPanel
          key={selected}
          run={run}
          scenario={scenario}
          stepId={selected}
          variant={osVariantOf(props.device.osFamily)}
          region={guidanceRegionOf(props.device.romRegion)}
          onChange={apply}
          onGo={go}
        />
      </div>
      <JournalView run={run} />
    </>
  )
}
