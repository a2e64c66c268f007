import './records.css'
import { useTranslation } from 'react-i18next'
import { setRecordsDialog } from './records-dialogs-store'

/** Settings › Your records: the same Export… and Import… as the File menu. */
export function RecordsCard() {
  const { t } = useTranslation('records')
  return (
    <section className="card" aria-labelledby="records-title">
      <h2 id="records-title">{t('settingsCard.title')}</h2>
      <p className="muted">{t('settingsCard.body')}</p>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => setRecordsDialog('export')}>
          {t('settingsCard.export')}
        </button>
        <button type="button" className="button" onClick={() => setRecordsDialog('import')}>
          {t('settingsCard.import')}
        </button>
      </div>
    </section>
  )
}
