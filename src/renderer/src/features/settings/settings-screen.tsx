import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api-client'
import { useHousehold } from '../../lib/household-store'
import { queryKeys } from '../../lib/query/query-keys'
import { useQuery } from '../../lib/query/use-query'
import { setQueryData } from '../../lib/query/query-cache'
import type { AppInfo } from '@shared/app-info'
import { BackupsSection } from '../records/backups-section'
import { QuarantineSection } from '../records/quarantine-section'
import { RecordsCard } from '../records/records-card'
import { LanguagePicker } from './language-picker'

/** Settings: where the data lives and whether the identifiers are really encrypted. */
export function SettingsScreen() {
  const { t } = useTranslation()
  const info = useQuery(queryKeys.appInfo, () => api().app.info()).data
  const { skippedLinks } = useHousehold()
  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </header>
      <section className="card" aria-labelledby="storage-title">
        <h2 id="storage-title">{t('settings.storage')}</h2>
        {info && (
          <dl className="details">
            <div className="details-wide">
              <dt>{t('settings.dataFolder')}</dt>
              <dd>
                <code>{info.dataDir}</code>
              </dd>
            </div>
            <div className="details-wide">
              <dt>{t('settings.encryption')}</dt>
              <dd>
                {/* the alert sits inside the <dd>: a role on the <dd> itself would take it out of the list */}
                {info.vault.encrypted ? (
                  t('settings.encrypted', { backend: info.vault.backend })
                ) : (
                  <span role="alert" className="warning-text">
                    {t(info.vault.fixedKey ? 'settings.fixedKey' : 'settings.notEncrypted', { backend: info.vault.backend })}
                  </span>
                )}
              </dd>
            </div>
            {skippedLinks.length > 0 && (
              <div className="details-wide">
                <dt>{t('settings.links')}</dt>
                <dd>
                  <p>{t('settings.linksHelp')}</p>
                  <ul>
                    {skippedLinks.map((link) => (
                      <li key={link}>
                        <code>{link}</code>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        )}
        {info && <p className="muted">{t('settings.version', { version: info.version })}</p>}
      </section>
      {info && (
        <LanguagePicker
          language={info.language}
          onChange={(language) =>
            setQueryData<AppInfo | undefined>(queryKeys.appInfo, (current) => (current ? { ...current, language } : current))
          }
        />
      )}
      <RecordsCard />
      <BackupsSection />
      <QuarantineSection />
    </section>
  )
}
