import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { household, useHousehold } from '../lib/household-store'

/** Says which phones the keyring would not open (their files are kept), with Try again; and when the data is read-only, which version wrote it. */
export function LockedPhonesBanner() {
  const { t } = useTranslation(['common', 'errors'])
  const { locked, readOnly } = useHousehold()
  const [retrying, setRetrying] = useState(false)
  if (!locked && !readOnly) return null
  const retry = () => {
    setRetrying(true)
    void household.load().finally(() => setRetrying(false))
  }
  return (
    <div className="banner banner-warning" role="alert">
      {locked && <p>{t('locked.banner', { count: locked.count, reason: t('errors:vault.locked') })}</p>}
      {readOnly && (
        <p>
          {t('locked.readOnly', { reason: t('errors:data.readOnly') })}{' '}
          {readOnly.writtenBy
            ? t('locked.readOnlyWrittenBy', { version: readOnly.writtenBy, format: readOnly.format, reads: readOnly.reads })
            : t('locked.readOnlyFormat', { format: readOnly.format, reads: readOnly.reads })}
        </p>
      )}
      {locked && (
        <button type="button" className="button button-small" onClick={retry} disabled={retrying}>
          {t('locked.retry')}
        </button>
      )}
    </div>
  )
}
