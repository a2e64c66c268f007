import { useTranslation } from 'react-i18next'
import { OFFICIAL_LINKS, type OfficialLinkId } from '@shared/offboarding/links'
import { api } from '../../lib/api-client'

/** A button that opens one of Xiaomi's or Google's official pages in the browser, through the allow-list. */
function OfficialLink(props: { id: OfficialLinkId }) {
  const { t } = useTranslation('offboarding')
  const label = t(`links.${props.id}`)
  return (
    <button
      type="button"
      className="button button-small official-link"
      aria-label={t('ui.run.opensInBrowser', { label })}
      onClick={() => void api().app.openExternal({ url: OFFICIAL_LINKS[props.id] })}
    >
      {label} <span aria-hidden="true">↗</span>
    </button>
  )
}

/** A row of official links, or nothing. */
export function OfficialLinks(props: { ids: readonly OfficialLinkId[] }) {
  const { t } = useTranslation('offboarding')
  if (props.ids.length === 0) return null
  return (
    <div className="official-links" role="group" aria-label={t('ui.run.officialPages')}>
      {props.ids.map((id) => (
        <OfficialLink key={id} id={id} />
      ))}
    </div>
  )
}
