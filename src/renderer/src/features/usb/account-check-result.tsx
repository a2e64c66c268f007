import { useTranslation } from 'react-i18next'
import type { AccountCheck } from '@shared/usb/account-check'
import { formatDateTime } from '../../components/format'
import { phoneUserLabel } from '../../components/phone-user'
import { UnknownOutcome } from './read-progress'
import { UsbTable } from './usb-table'

/** The account check: Xiaomi and Google called out, then every user's account types and counts. */
export function AccountCheckResult({ check }: { check: AccountCheck }) {
  const { t } = useTranslation('usb')
  const typeName = (type: string) =>
    type === 'com.xiaomi' || type === 'com.google' ? `${t(`accounts.typeNames.${type}`)} (${type})` : type
  const phone = check.phone ? check.phone.marketName || check.phone.modelNumber : '—'
  return (
    <div className="usb-account-result">
      <ul className="usb-verdicts" aria-label={t('accounts.heading')}>
        <li className={`usb-verdict-${check.xiaomi}`}>{t(`accounts.xiaomi.${check.xiaomi}`)}</li>
        <li className={`usb-verdict-${check.google}`}>{t(`accounts.google.${check.google}`)}</li>
      </ul>
      {check.census.state === 'unknown' ? (
        <UnknownOutcome reason={check.census.reason} />
      ) : (
        <UsbTable caption={t('accounts.perUser')} columns={[t('accounts.user'), t('accounts.type'), t('accounts.count')]}>
          {check.census.users.flatMap((user) => {
            const entries = Object.entries(user.counts)
            const label = phoneUserLabel(t, user.userId)
            if (entries.length === 0) {
              return [
                <tr key={user.userId}>
                  <th scope="row">{label}</th>
                  <td colSpan={2}>{t('accounts.noAccounts')}</td>
                </tr>
              ]
            }
            return entries.map(([type, count], i) => (
              <tr key={`${user.userId}-${type}`}>
                {i === 0 && (
                  <th scope="row" rowSpan={entries.length}>
                    {label}
                  </th>
                )}
                <td>{typeName(type)}</td>
                <td>{count}</td>
              </tr>
            ))
          })}
        </UsbTable>
      )}
      <p className="muted">{t('accounts.checked', { when: formatDateTime(check.at), phone })}</p>
    </div>
  )
}
