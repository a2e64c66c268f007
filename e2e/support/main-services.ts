import type { Services } from '@main/services/create-services'
import type { MenuCommand } from '@shared/app-events'
import type { ElectronAppHandle } from './electron-app'

/** Work a spec does on the main process's live services. */
export type ServicesWork<R, A> = (services: Services, arg: A) => R | Promise<R>

/**
 * The main-process services as both tiers reach them: in the test process for Chromium, through the test build's
 * hooks in Electron. Work is sent as source and its result comes back as a copy in both tiers, so a spec that
 * passes in Chromium does not fail in Electron for leaning on a closure or a live object.
 */
export interface MainServices {
  /** Runs `work` on the services with `arg`; `work` may use only its arguments, like any Playwright evaluate. */
  run<R, A = undefined>(work: ServicesWork<R, A>, arg?: A): Promise<R>
  /** Sends a menu command, as the application menu does. */
  menu(command: MenuCommand): Promise<void>
}

/** `work` rebuilt from its source text, as it arrives in another process: any free variable fails when it runs. */
export function fromSource<F extends (...args: never[]) => unknown>(work: F): F {
  return new Function(`return (${work.toString()})`)() as F
}

/** The Chromium tier's facade over the services running in the test process. */
export function inProcessMainServices(services: () => Services): MainServices {
  return {
    async run<R, A>(work: ServicesWork<R, A>, arg?: A): Promise<R> {
      return structuredClone(await fromSource(work)(services(), arg as A))
    },
    async menu(command) {
      services().ports.events.emit('menuCommand', command)
    }
  }
}

/** The Electron tier's facade over the services the test hooks expose in the main process. */
export function electronMainServices(app: ElectronAppHandle): MainServices {
  return {
    run: <R, A>(work: ServicesWork<R, A>, arg?: A): Promise<R> =>
      app.inMain((hooks, [source, value]) => (new Function(`return (${source})`)() as ServicesWork<R, A>)(hooks.services, value as A), [
        work.toString(),
        arg
      ] as const),
    menu: (command) => app.menu(command)
  }
}
