import { useTranslation } from 'react-i18next'
import type { Attachment } from '@shared/offboarding/attachment'
import { GATHER_ITEMS, LOCKED_OUT_ROUTES } from '@shared/offboarding/locked-out'
import type { Run } from '@shared/offboarding/run'
import type { Result } from '@shared/result'
import { api, apiErrorText } from '../../lib/api-client'
import { formatDateTime } from '../../components/format'
import { queryKeys } from '../../lib/query/query-keys'
import { useMutation } from '../../lib/query/use-mutation'
import { useQuery } from '../../lib/query/use-query'
import { OfficialLinks } from './official-link'
import type { RunState } from './use-run'

/** Receipts and box photos copied into the data folder with the phone's record. */
function Attachments(props: { deviceId: string }) {
  const { t } = useTranslation('offboarding')
  const { deviceId } = props
  const key = queryKeys.attachments(deviceId)
  const files = useQuery(key, () => api().attachments.list({ deviceId })).data ?? []
  const change = useMutation((call: Promise<Result<Attachment[]>>) => call, { updates: key })
  const run = (call: Promise<Result<Attachment[]>>) => void change.run(call)
  const error = change.error ? apiErrorText(change.error) : null
  return (
    <section className="card" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('lockedOut.attachments.title')}</h2>
      <p className="muted">{t('lockedOut.attachments.intro')}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {files.length === 0 ? (
        <p>{t('lockedOut.attachments.empty')}</p>
      ) : (
        <ul className="attachment-list" aria-labelledby="attachments-title">
          {files.map((f) => (
            <li key={f.id}>
              <span className="attachment-name">{f.name}</span>
              <span className="muted">{formatDateTime(f.addedAt)}</span>
              <button
                type="button"
                className="button button-small button-danger-quiet"
                aria-label={t('lockedOut.attachments.remove', { name: f.name })}
                onClick={() => run(api().attachments.remove({ deviceId, attachmentId: f.id }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => run(api().attachments.add({ deviceId }))}>
        {t('lockedOut.attachments.add')}
      </button>
    </section>
  )
}

/** Locked out: no steps, only Xiaomi's and Google's official routes, a checklist of proof to gather, and the receipts. */
export function LockedOutView(props: { run: Run; state: RunState; onChooseAgain: () => void }) {
  const { t } = useTranslation('offboarding')
  const { run } = props
  return (
    <>
      <section className="card" aria-labelledby="locked-title">
        <h2 id="locked-title">{t('lockedOut.title')}</h2>
        <p>{t('lockedOut.intro')}</p>
        <div className="warning" role="note" aria-labelledby="no-tools-title">
          <strong id="no-tools-title">{t('ui.lockedOut.whyNoToolsTitle')}</strong>
          <p>{t('lockedOut.whyNoTools')}</p>
        </div>
      </section>
      <section className="card" aria-labelledby="routes-title">
        <h2 id="routes-title">{t('ui.lockedOut.routesTitle')}</h2>
        <ol className="routes">
          {LOCKED_OUT_ROUTES.map((route) => (
            <li key={route.id}>
              <h3>{t(`lockedOut.routes.${route.id}.title`)}</h3>
              <p>{t(`lockedOut.routes.${route.id}.text`)}</p>
              <OfficialLinks ids={route.links} />
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="gather-title">
        <h2 id="gather-title">{t('lockedOut.gatherTitle')}</h2>
        <p className="muted">{t('ui.lockedOut.gathered', { count: run.gathered.length, total: GATHER_ITEMS.length })}</p>
        <ul className="gather-list">
          {GATHER_ITEMS.map((item) => (
            <li key={item}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={run.gathered.includes(item)}
                  onChange={(e) => void props.state.apply({ type: 'gather', item, have: e.target.checked })}
                />
                {t(`lockedOut.gather.${item}`)}
              </label>
            </li>
          ))}
        </ul>
      </section>
      <Attachments deviceId={run.deviceId} />
      <div>
        <button type="button" className="button" onClick={props.onChooseAgain}>
          {t('ui.lockedOut.chooseAgain')}
        </button>
      </div>
    </>
  )
}
