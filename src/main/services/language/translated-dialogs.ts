import type { FileDialogs } from '../ports'
import type { CurrentLanguage } from './current-language'

/**
 * File dialogs whose title and filter names are message keys ("main:dialog.importTitle"), shown in the main process's
 * language at the moment the dialog opens.
 */
export function translatedDialogs(dialogs: FileDialogs, language: Pick<CurrentLanguage, 't'>): FileDialogs {
  const filters = (list: Array<{ name: string; extensions: string[] }>) =>
    list.map((filter) => ({ ...filter, name: language.t(filter.name) }))
  return {
    chooseSavePath: (options) =>
      dialogs.chooseSavePath({ ...options, title: language.t(options.title), filters: filters(options.filters) }),
    chooseOpenPaths: (options) =>
      dialogs.chooseOpenPaths({ ...options, title: language.t(options.title), filters: filters(options.filters) })
  }
}
