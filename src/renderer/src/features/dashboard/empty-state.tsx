import { useTranslation } from 'react-i18next'

/** The first-run screen that invites adding the first phone. */
export function EmptyState(props: { onAdd: () => void }) {
  const { t } = useTranslation()
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <svg className="empty-art" viewBox="0 0 120 120" aria-hidden="true">
        <rect x="34" y="14" width="52" height="92" rx="9" fill="none" stroke="currentColor" strokeWidth="4" />
        <rect x="52" y="22" width="16" height="3" rx="1.5" fill="currentColor" />
        <path d="M48 64l9 9 17-19" fill="none" stroke="currentColor" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <h2 id="empty-title">{t('dashboard.emptyTitle')}</h2>
      <p>{t('dashboard.emptyBody')}</p>
      <p className="muted">{t('dashboard.emptyPrivacy')}</p>
      <button type="button" className="button button-primary button-large" onClick={props.onAdd}>
        {t('dashboard.addPhone')}
      </button>
    </section>
  )
}
