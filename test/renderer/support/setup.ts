import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { clearQueries } from '@renderer/lib/query/query-cache'

// What jsdom lacks and the components use: the modal <dialog> and visibility checks.
HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '')
}
HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
  this.removeAttribute('open')
}
Element.prototype.checkVisibility ??= () => true
// jsdom lays nothing out: the dashboard's virtual list gets a window-sized scroll box (its rows measure 0, so all are drawn)
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 })
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1024 })
window.scrollTo = () => undefined

afterEach(() => {
  cleanup()
  clearQueries()
})
