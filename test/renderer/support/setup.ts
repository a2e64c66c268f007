import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { clearQueries } from '../../../src/renderer/src/lib/query/query-cache'

// What jsdom lacks and the components use: the modal <dialog> and visibility checks.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open')
}
Element.prototype.checkVisibility ??= () => true
window.scrollTo = () => undefined

afterEach(() => {
  cleanup()
  clearQueries()
})
