import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BACKUP_CATALOGUE, BACKUP_CATEGORIES, backupMethods, type BackupCategory, type BackupMethod } from '@shared/offboarding/backup'
import { isBackupSettled, pendingBackups } from '@shared/offboarding/gates'
import type { RunChange } from '@shared/offboarding/reducer'
import type { GuidanceRegion } from '@shared/offboarding/region'
import type { BackupState, Run } from '@shared/offboarding/run'
import { formatDateTime } from '../../components/format'
import { Field } from '../../components/field'
import { ReasonForm } from './reason-form'
import { useReturnFocus } from '../../lib/use-return-focus'

/** The id of a category's heading, which receives focus when the owner is sent to it. */
export function backupHeadingId(category: string): string {
  return `backup-${category}`
}

function focusHeading(category: string | undefined): void {
  if (category) document.getElementById(backupHeadingId(category))?.focus()
  else document.getElementById('step-title')?.focus()
}

function stateText(t: ReturnType<typeof useTranslation>['t'], state: BackupState): string {
  const label = t(`backup.statuses.${state.status}`)
  if (state.status === 'skipped') return `${label}: ${state.reason ?? ''}`
  if (state.method) return t('offboarding:ui.backup.stateWithMethod', { state: label, method: t(`backup.methods.${state.method}.label`) })
  return label
}

/** One backup category: what it is, its warning, methods with how-to, and its actions. */
function CategoryCard(props: {
  category: BackupCategory
  state: BackupState
  region: GuidanceRegion
  onChange: (change: RunChange) => Promise<Run | null>
}) {
  const { t } = useTranslation('offboarding')
  const { category, state } = props
  const def = BACKUP_CATALOGUE[category]
  const methods = backupMethods(category, props.region)
  const label = t(`backup.categories.${category}.label`)
  const [method, setMethod] = useState<BackupMethod>(state.method ?? methods[0])
  const [skipping, setSkipping] = useState(false)
  const skipButton = useReturnFocus<HTMLButtonElement>(skipping)

  const send = async (change: RunChange): Promise<void> => {
    const next = await props.onChange(change)
    if (next) focusHeading(pendingBackups(next)[0])
  }

  return (
    <li className={`backup-category backup-${state.status}${def.prominentWarning ? ' backup-prominent' : ''}`}>
      <div className="backup-head">
        <h3 id={backupHeadingId(category)} tabIndex={-1}>
          {label}
        </h3>
        <span className="backup-state">{stateText(t, state)}</span>
      </div>
      {def.prominentWarning && (
        <p className="warning backup-warning" role="note">
          <strong aria-hidden="true">⚠ </strong>
          {t(`backup.categories.${category}.warning`)}
        </p>
      )}
      {state.at && state.status !== 'pending' && <p className="muted">{formatDateTime(state.at)}</p>}
      {state.status === 'backed-up' && (
        <p className="warning backup-not-checked" role="note">
          {t('ui.backup.notChecked')}
        </p>
      )}
      {!isBackupSettled(state) ? (
        skipping ? (
          <ReasonForm
            label={t('ui.backup.skipReason', { category: label })}
            confirmLabel={t('ui.backup.skipConfirm')}
            onSubmit={(reason) => {
              setSkipping(false)
              void send({ type: 'backup-skip', category, reason })
            }}
            onCancel={() => setSkipping(false)}
          />
        ) : (
          <div className="backup-controls">
            {state.status === 'pending' && (
              <Field label={t('ui.backup.method', { category: label })}>
                {({ id, describedBy }) => (
                  <select id={id} aria-describedby={describedBy} value={method} onChange={(e) => setMethod(e.target.value as BackupMethod)}>
                    {methods.map((m) => (
                      <option key={m} value={m}>
                        {t(`backup.methods.${m}.label`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <div className="inline-controls">
              {state.status === 'pending' && (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('ui.backup.savedNamed', { category: label })}
                  onClick={() => void send({ type: 'backup-saved', category, method })}
                >
                  {t('ui.backup.saved')}
                </button>
              )}
              <button
                type="button"
                className="button button-small"
                aria-label={t('ui.backup.verifyNamed', { category: label })}
                onClick={() => void send({ type: 'backup-verified', category, method: state.method ?? method })}
              >
                {t('ui.backup.verify')}
              </button>
              {state.status === 'pending' && (
                <button
                  type="button"
                  ref={skipButton}
                  className="button button-small button-quiet"
                  aria-label={t('ui.backup.skipNamed', { category: label })}
                  onClick={() => setSkipping(true)}
                >
                  {t('ui.backup.skip')}
                </button>
              )}
            </div>
          </div>
        )
      ) : null}
      <details className="backup-about">
        <summary>{t('ui.backup.about')}</summary>
        <p>{t(`backup.categories.${category}.what`)}</p>
        {state.status === 'pending' && <p>{t(`backup.methods.${method}.how`)}</p>}
      </details>
    </li>
  )
}

/** The Back up stage: every category, authenticators first, each backed up and checked or skipped with a reason. */
export function BackupPanel(props: { run: Run; region: GuidanceRegion; onChange: (change: RunChange) => Promise<Run | null> }) {
  const { t } = useTranslation('offboarding')
  const settled = BACKUP_CATEGORIES.filter((c) => isBackupSettled(props.run.backups[c])).length
  return (
    <section className="backup-panel" aria-labelledby="backup-title">
      <h3 id="backup-title" className="visually-hidden">
        {t('stages.backup.label')}
      </h3>
      <p>{t('backup.intro')}</p>
      <p className="muted">{t('ui.run.backupHelp')}</p>
      <p role="status">{t('ui.backup.progress', { settled, total: BACKUP_CATEGORIES.length })}</p>
      <ul className="backup-list">
        {BACKUP_CATEGORIES.map((c) => (
          <CategoryCard
            key={c}
            category={c}
            state={props.run.backups[c] ?? { status: 'pending' }}
            region={props.region}
            onChange={props.onChange}
          />
        ))}
      </ul>
    </section>
  )
}
