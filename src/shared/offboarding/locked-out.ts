/** What the owner gathers before asking Xiaomi for help; texts under `offboarding:lockedOut.gather.<id>`. */
export const GATHER_ITEMS = [
  'proof-of-purchase',
  'box-imei-label',
  'imei-from-dialer',
  'account-identifier',
  'photo-id',
  'seller-contact'
] as const
/** One checklist item of the locked-out route. */
export type GatherItem = (typeof GATHER_ITEMS)[number]

/** The official routes offered when the owner is locked out, in the order shown. Texts under `offboarding:lockedOut.routes.<id>`. */
export const LOCKED_OUT_ROUTES = [
  { id: 'password-recovery', links: ['xiaomi-account-recovery'] },
  { id: 'ask-seller', links: ['xiaomi-cloud'] },
  { id: 'xiaomi-support', links: ['xiaomi-support'] },
  { id: 'google-recovery', links: ['google-account-recovery'] }
] as const
