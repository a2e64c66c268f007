import type { Contract } from './contract'

/** Every channel of the contract by namespace and method, without its schemas: what the preload builds `window.api` from. */
export type ChannelNames = { readonly [N in keyof Contract]: { readonly [M in keyof Contract[N]]: true } }

/** The contract's channel names; a channel missing here, or one the contract lacks, fails to compile. */
export const CHANNEL_NAMES: ChannelNames = {
  app: { info: true, openExternal: true, setLanguage: true },
  household: { load: true },
  devices: { create: true, update: true, setStatus: true, reveal: true, remove: true, undoRemove: true },
  members: { create: true },
  runs: { get: true, start: true, apply: true, undo: true, progress: true },
  attachments: { list: true, add: true, remove: true },
  certificates: {
    readiness: true,
    preview: true,
    issue: true,
    view: true,
    listForDevice: true,
    savePdf: true,
    print: true,
    verifyFile: true,
    verifyText: true
  },
  usb: { connect: true, status: true, setAdbPath: true, startRead: true, job: true, cancel: true, keyFingerprint: true, forgetKey: true },
  archive: { exportAll: true, exportCsv: true, openImport: true, previewImport: true, applyImport: true, cancelImport: true },
  backups: { list: true, create: true, restore: true, setSettings: true },
  quarantine: { list: true, exportFile: true, restore: true }
}

/** The channel name of a namespace and method. */
export function channelName(namespace: string, method: string): string {
  return `${namespace}:${method}`
}
