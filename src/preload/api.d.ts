import type { Api } from '@shared/ipc/contract'

declare global {
  interface Window {
    /** Handover's only bridge to the main process: named, typed methods built from the IPC contract. */
    readonly api: Api
  }
}
