/**
 * Official pages a run may open in the browser (through `app.openExternal` and its allow-list).
 * Only Xiaomi's and Google's own pages: never third-party unlocking tools or services.
 */
export const OFFICIAL_LINKS = {
  'xiaomi-account': 'https://account.xiaomi.com/',
  'xiaomi-account-recovery': 'https://account.xiaomi.com/pass/forgetPassword',
  'xiaomi-cloud': 'https://i.mi.com/',
  'xiaomi-support': 'https://www.mi.com/global/support/',
  'google-account': 'https://myaccount.google.com/',
  'google-device-activity': 'https://myaccount.google.com/device-activity',
  'google-account-recovery': 'https://accounts.google.com/signin/recovery'
} as const
/** One official link id; its label is `offboarding:links.<id>`. */
export type OfficialLinkId = keyof typeof OFFICIAL_LINKS
