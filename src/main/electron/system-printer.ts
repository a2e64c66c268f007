import { ServiceError } from '@shared/result'
import type { SystemPrinter } from '../services/ports'
import { withHiddenDocument } from './hidden-document'

/** Electron's failure reasons for a job the user cancelled in the dialog ("Print job canceled"; older builds spelled it "cancelled"). */
const CANCELLED = /^(print job )?cancell?ed$/i

/** The system print dialog: a hidden, script-free window loads the certificate and calls `webContents.print`. */
export function createElectronSystemPrinter(): SystemPrinter {
  return {
    print: (html, { pageSize }) =>
      withHiddenDocument(
        html,
        (contents) =>
          new Promise<boolean>((resolve, reject) => {
            contents.print({ silent: false, printBackground: true, pageSize }, (success, failureReason) => {
              if (success || CANCELLED.test(failureReason)) resolve(success)
              else reject(new ServiceError('unavailable', { key: 'printer.failed' }))
            })
          })
      )
  }
}
