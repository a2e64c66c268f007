import * as en from '../locales/en'
import * as es from '../locales/es'
import * as hi from '../locales/hi'
import * as id from '../locales/id'
import * as ptBR from '../locales/pt-BR'
import * as ru from '../locales/ru'
import * as zhCN from '../locales/zh-CN'
import type { LanguageCode } from './languages'

/** The namespaces of every catalogue, as English defines them. */
export type Namespace = keyof typeof en

/** One namespace of one language: nested keys to strings. */
export type Catalogue = Record<string, unknown>

/** Every language's catalogue, bundled: the main process (menus, dialogs, messages, certificates) reads them all. */
export const CATALOGUES: Record<LanguageCode, Record<Namespace, Catalogue>> = { en, 'zh-CN': zhCN, hi, id, es, 'pt-BR': ptBR, ru }

/** Every namespace name, in a stable order. */
export const NAMESPACES = Object.keys(en).sort() as Namespace[]
