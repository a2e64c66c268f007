/** The name of every query the renderer keeps, in one place so that pushes and mutations invalidate the right ones. */
export const queryKeys = {
  /** Every phone, member and load warning (household.load). */
  household: ['household'],
  /** Every run's progress, for the dashboard. */
  runProgress: ['run-progress'],
  /** One phone's run. */
  run: (deviceId: string) => ['run', deviceId],
  /** One phone's full identifiers, fetched only when the owner reveals or edits them. */
  revealed: (deviceId: string) => ['revealed', deviceId],
  /** The receipts attached to one phone. */
  attachments: (deviceId: string) => ['attachments', deviceId],
  /** Where the data lives, the vault's protection and the version. */
  appInfo: ['app-info'],
  /** The backups and how many to keep. */
  backups: ['backups'],
  /** The files set aside. */
  quarantine: ['quarantine'],
  /** The USB connection (loading it connects). */
  usbStatus: ['usb-status'],
  /** One USB read. */
  usbJob: (jobId: string) => ['usb-job', jobId],
  /** This computer's USB debugging key. */
  usbKey: ['usb-key']
} as const
