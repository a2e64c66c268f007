import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEVICE_STATUSES, type DeviceStatus, type DeviceSummary } from '@shared/device-model'
import { errorMessage } from '../../lib/api-client'
import { household, useHousehold } from '../../lib/household-store'
import { useRoute } from '../../app/routes'
import { ACTION_TOAST_MS } from '../../app/toast-queue'
import { useNotify } from '../../app/toasts'
import { ConfirmDialog } from '../../components/modal-dialog'
import { useRunProgress } from '../run/use-run-progress'
import { EmptyState } from './empty-state'
import { filterPhones, NO_FILTER, searchIndex, type PhoneFilter } from './filter-phones'
import { PhoneList } from './phone-list'
import { neighbourOf } from './neighbour'
import { focusNeighbourIfRowLeaves, focusRowOf } from './row-focus'
import type { PhoneRowActions } from './phone-row'

/** The household dashboard: every phone, search as you type, filters, and the row actions. */
export function DashboardScreen(props: { onAddPhone: () => void; onEditPhone: (device: DeviceSummary) => void }) {
  const { t } = useTranslation()
  const notify = useNotify()
  const { navigate } = useRoute()
  const { devices, members } = useHousehold()
  const progress = useRunProgress()
  const [filter, setFilter] = useState<PhoneFilter>(NO_FILTER)
  const [confirmDelete, setConfirmDelete] = useState<DeviceSummary | null>(null)

  const index = useMemo(() => searchIndex(devices, members), [devices, members])
  const shown = useMemo(() => filterPhones(index, filter), [index, filter])
  // read by the row actions, which stay the same while the list filters (so rows need not re-render)
  const shownNow = useRef(shown)
  useEffect(() => {
    shownNow.current = shown
  }, [shown])
  const memberNames = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members])
  const ownerName = useCallback(
    (ownerId: string | null) => (ownerId === null ? t('dashboard.noOwner') : (memberNames.get(ownerId) ?? t('dashboard.unknownOwner'))),
    [memberNames, t]
  )

  const failed = useCallback(
    (error: unknown) => notify({ message: (t) => errorMessage(error, t('errors.generic')), tone: 'error' }),
    [notify]
  )
  const actions = useMemo<PhoneRowActions>(
    () => ({
      open: (device) => navigate({ name: 'phone', deviceId: device.id }),
      edit: props.onEditPhone,
      setStatus: (device: DeviceSummary, status: DeviceStatus) => {
        // the row may leave the list (archived while archived phones are hidden): focus then goes to its neighbour
        const neighbour = neighbourOf(shownNow.current, device.id)
        void household.setStatus(device.id, status).then((saved) => {
          notify({ message: (t) => t('dashboard.statusChanged', { name: saved.nickname, status: t(`status.${status}`) }) })
          focusNeighbourIfRowLeaves(neighbour)
        }, failed)
      },
      remove: setConfirmDelete
    }),
    [navigate, props.onEditPhone, notify, failed]
  )

  const remove = async (device: DeviceSummary): Promise<void> => {
    setConfirmDelete(null)
    const neighbour = neighbourOf(shownNow.current, device.id)
    try {
      const token = await household.remove(device.id)
      focusNeighbourIfRowLeaves(neighbour)
      notify({
        message: (t) => t('dashboard.deleted', { name: device.nickname }),
        action: {
          label: (t) => t('app.undo'),
          run: () =>
            household.undoRemove(token).then((restored) => {
              notify({ message: (t) => t('dashboard.restored', { name: restored.nickname }) })
              focusRowOf(restored.id)
            }, failed)
        }
      })
    } catch (error) {
      failed(error)
    }
  }

  if (devices.length === 0) return <EmptyState onAdd={props.onAddPhone} />

  const filtered = filter.query !== '' || filter.status !== 'all' || filter.ownerId !== 'all'
  // The count always matches the list: archived phones hidden by default count as not shown.
  const countText = (): string => {
    if (shown.length === devices.length) return t('dashboard.count', { count: devices.length })
    return t(filtered ? 'dashboard.shown' : 'dashboard.shownArchivedHidden', { shown: shown.length, total: devices.length })
  }
  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <header className="screen-header">
        <div>
          <h1 id="dashboard-title">{t('dashboard.title')}</h1>
          <p className="muted" aria-live="polite">
            {countText()}
          </p>
        </div>
        <button type="button" className="button button-primary" onClick={props.onAddPhone}>
          {t('dashboard.addPhone')}
        </button>
      </header>
      <div className="toolbar" role="search">
        <input
          type="search"
          className="search"
          aria-label={t('dashboard.search')}
          placeholder={t('dashboard.searchPlaceholder')}
          value={filter.query}
          onChange={(e) => setFilter((f) => ({ ...f, query: e.target.value }))}
        />
        <select
          aria-label={t('dashboard.filterStatus')}
          value={filter.status}
          onChange={(e) => setFilter((f) => ({ ...f, status: e.target.value as PhoneFilter['status'] }))}
        >
          <option value="all">{t('dashboard.allStatuses')}</option>
          {DEVICE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('dashboard.filterOwner')}
          value={filter.ownerId}
          onChange={(e) => setFilter((f) => ({ ...f, ownerId: e.target.value }))}
        >
          <option value="all">{t('dashboard.allOwners')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filter.showArchived}
            onChange={(e) => setFilter((f) => ({ ...f, showArchived: e.target.checked }))}
          />
          {t('dashboard.showArchived')}
        </label>
      </div>
      {shown.length === 0 ? (
        <div className="no-match">
          <p>{filter.query ? t('dashboard.noMatch', { query: filter.query }) : t('dashboard.noMatchFilters')}</p>
          <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
            {t('dashboard.clearFilters')}
          </button>
        </div>
      ) : (
        <PhoneList devices={shown} ownerName={ownerName} progress={progress} actions={actions} />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={t('dashboard.deleteTitle', { name: confirmDelete.nickname })}
          body={t('dashboard.deleteBody', { seconds: ACTION_TOAST_MS / 1000 })}
          confirmLabel={t('dashboard.deleteConfirm')}
          onConfirm={() => void remove(confirmDelete)}
          onCancel={() => setConfirmDelete(null)}
        />
      )}
    </section>
  )
}
