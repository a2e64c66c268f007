import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  BRANDS,
  NICKNAME_MAX,
  OS_FAMILIES,
  ROM_REGIONS,
  emptyDeviceInput,
  inputFromSummary,
  type DeviceInput,
  type DeviceSummary
} from '@shared/device-model'
import { brandWords, osFamilyWords } from '@shared/i18n/device-words'
import type { ErrorText } from '@shared/result'
import { ApiError, api, apiErrorText } from '../../lib/api-client'
import { household, useHousehold } from '../../lib/household-store'
import { useNotify } from '../../app/toasts'
import { ModalDialog } from '../../components/modal-dialog'
import { queryKeys } from '../../lib/query/query-keys'
import { useQuery } from '../../lib/query/use-query'
import { deviceProblems } from './device-problems'
import { Field, FormAlert } from '../../components/field'

type FieldKey = keyof DeviceInput | 'form'
/** A problem to show: an error's message key and params, or the generic failure; said when shown, in the language on screen. */
type Problem = ErrorText | 'generic'
type Problems = Partial<Record<FieldKey, Problem>>

/** The problem a failed call stands for: its error, or the generic failure for anything else it threw. */
const problemOf = (error: unknown): Problem => (error instanceof ApiError ? error.error : 'generic')

/** Puts focus on a field of the form by its key, the first one that needs attention after a refused save. */
function focusField(key: string | undefined): void {
  if (key) document.querySelector<HTMLElement>(`[data-field="${key}"]`)?.focus()
}

/** The add / edit form for a phone, in a modal dialog. Validates inline; nothing is saved while a field is wrong. */
export function PhoneForm(props: { device?: DeviceSummary; initial?: Partial<DeviceInput>; onClose: (saved?: DeviceSummary) => void }) {
  const { t } = useTranslation(['common', 'errors'])
  const notify = useNotify()
  const { members } = useHousehold()
  const editing = props.device
  const [values, setValues] = useState<DeviceInput>(() => ({
    ...(editing ? inputFromSummary(editing) : emptyDeviceInput()),
    ...props.initial
  }))
  const [problems, setProblems] = useState<Problems>({})
  const [saving, setSaving] = useState(false)
  const [addingMember, setAddingMember] = useState(false)
  const [memberName, setMemberName] = useState('')

  // the identifiers of a phone being edited arrive after the form opens; what the owner typed meanwhile stays
  const revealed = useQuery(editing ? queryKeys.revealed(editing.id) : null, () => api().devices.reveal({ id: editing?.id ?? '' }))
  const [filled, setFilled] = useState(false)
  if (revealed.data && !filled) {
    setFilled(true)
    setValues((v) => ({ ...v, ...revealed.data, ...props.initial }))
  }

  const set = <K extends keyof DeviceInput>(key: K, value: DeviceInput[K]): void => {
    setValues((v) => ({ ...v, [key]: value }))
    if (problems[key]) setProblems((e) => ({ ...e, [key]: undefined }))
  }

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (saving) return
    const found = deviceProblems(values)
    setProblems(found)
    if (Object.keys(found).length > 0) {
      focusField(Object.keys(found)[0])
      return
    }
    setSaving(true)
    try {
      const saved = editing ? await household.update(editing.id, values) : await household.create(values)
      notify({ message: (t) => t('dashboard.saved', { name: saved.nickname }) })
      props.onClose(saved)
    } catch (error) {
      if (error instanceof ApiError && error.error.details) {
        const mapped: Problems = {}
        for (const detail of error.error.details) mapped[(detail.path.split('.').pop() || 'form') as FieldKey] = detail
        setProblems(mapped)
        focusField(Object.keys(mapped)[0])
      } else {
        setProblems({ form: problemOf(error) })
      }
    } finally {
      setSaving(false)
    }
  }

  const addMember = async (): Promise<void> => {
    if (memberName.trim() === '') return
    try {
      const member = await household.addMember(memberName)
      set('ownerId', member.id)
      setAddingMember(false)
      setMemberName('')
    } catch (error) {
      setProblems({ form: problemOf(error) })
    }
  }

  const shown: Problems = revealed.error && !problems.form ? { ...problems, form: 'generic' } : problems
  const errors: Partial<Record<FieldKey, string>> = Object.fromEntries(
    Object.entries(shown).map(([key, problem]) => [key, problem && (problem === 'generic' ? t('errors.generic') : apiErrorText(problem))])
  )
  const errorCount = Object.values(errors).filter(Boolean).length
  const text = (
    key: keyof DeviceInput,
    label: string,
    help?: string,
    extra?: { inputMode?: 'numeric'; autoComplete?: string; maxLength?: number; required?: boolean; counted?: boolean }
  ) => (
    <Field
      label={label}
      help={help}
      error={errors[key]}
      required={extra?.required}
      counter={
        extra?.counted && extra.maxLength ? t('form.counter', { count: String(values[key] ?? '').length, max: extra.maxLength }) : undefined
      }
    >
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          data-field={key}
          value={String(values[key] ?? '')}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => set(key, e.target.value as never)}
          onBlur={() => {
            if (key === 'imei1' || key === 'imei2') setProblems((e) => ({ ...e, [key]: deviceProblems(values)[key] }))
          }}
          autoComplete={extra?.autoComplete ?? 'off'}
          inputMode={extra?.inputMode}
          maxLength={extra?.maxLength}
          required={extra?.required}
          spellCheck={false}
        />
      )}
    </Field>
  )
  const select = <K extends 'brand' | 'osFamily' | 'romRegion'>(
    key: K,
    label: string,
    options: ReadonlyArray<{ value: string; label: string }>
  ) => (
    <Field label={label} error={errors[key]}>
      {({ id, describedBy }) => (
        <select
          id={id}
          data-field={key}
          value={values[key]}
          aria-describedby={describedBy}
          onChange={(e) => set(key, e.target.value as DeviceInput[K])}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )

  return (
    <ModalDialog
      title={editing ? t('form.editTitle', { name: editing.nickname }) : t('form.addTitle')}
      onClose={() => props.onClose()}
      wide
    >
      <form className="modal-form phone-form" onSubmit={(e) => void submit(e)} noValidate>
        {errorCount > 0 && <FormAlert>{errors.form ?? t('form.errorsSummary', { count: errorCount })}</FormAlert>}
        <fieldset>
          <legend>{t('form.identity')}</legend>
          <div className="grid">
            {text('nickname', t('form.nickname'), t('form.nicknameHelp'), { required: true, maxLength: NICKNAME_MAX, counted: true })}
            {select('brand', t('form.brand'), [
              { value: '', label: t('form.notSure') },
              ...BRANDS.map((b) => ({ value: b, label: brandWords(t, b) }))
            ])}
            {text('marketName', t('form.marketName'), t('form.marketNameHelp'))}
            {text('modelNumber', t('form.modelNumber'), t('form.modelNumberHelp'))}
            {select('osFamily', t('form.osFamily'), [
              { value: '', label: t('form.notSure') },
              ...OS_FAMILIES.map((o) => ({ value: o, label: osFamilyWords(t, o) }))
            ])}
            {text('osVersion', t('form.osVersion'), t('form.osVersionHelp'))}
            {select(
              'romRegion',
              t('form.romRegion'),
              ROM_REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))
            )}
            {text('colourStorage', t('form.colourStorage'), t('form.colourStorageHelp'))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('form.identifiers')}</legend>
          <p className="field-help">{t('form.identifiersHelp')}</p>
          <div className="grid">
            {text('imei1', t('form.imei1'), undefined, { inputMode: 'numeric', maxLength: 20 })}
            {text('imei2', t('form.imei2'), undefined, { inputMode: 'numeric', maxLength: 20 })}
            {text('serial', t('form.serial'))}
            {text('accountHint', t('form.accountHint'), t('form.accountHintHelp'))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('form.ownership')}</legend>
          <div className="grid">
            <Field label={t('form.owner')} error={errors.ownerId}>
              {({ id, describedBy }) => (
                <div className="inline-controls">
                  <select
                    id={id}
                    data-field="ownerId"
                    value={values.ownerId ?? ''}
                    aria-describedby={describedBy}
                    onChange={(e) => set('ownerId', e.target.value || null)}
                  >
                    <option value="">{t('form.noOwner')}</option>
                    {members.map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                  </select>
                  {!addingMember && (
                    <button type="button" className="button button-small" onClick={() => setAddingMember(true)}>
                      {t('form.addMember')}
                    </button>
                  )}
                </div>
              )}
            </Field>
            {addingMember && (
              <Field label={t('form.newMemberName')}>
                {({ id }) => (
                  <div className="inline-controls">
                    <input
                      id={id}
                      value={memberName}
                      autoFocus
                      onChange={(e) => setMemberName(e.target.value)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault()
                          void addMember()
                        }
                      }}
                    />
                    <button type="button" className="button button-small" onClick={() => void addMember()}>
                      {t('form.addMemberConfirm')}
                    </button>
                  </div>
                )}
              </Field>
            )}
            <Field label={t('form.purchaseDate')} error={errors.purchaseDate}>
              {({ id, describedBy }) => (
                <input
                  id={id}
                  type="date"
                  data-field="purchaseDate"
                  value={values.purchaseDate}
                  aria-describedby={describedBy}
                  onChange={(e) => set('purchaseDate', e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field label={t('form.notes')} error={errors.notes}>
            {({ id }) => (
              <textarea id={id} data-field="notes" rows={3} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
            )}
          </Field>
        </fieldset>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={() => props.onClose()}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="button button-primary" aria-disabled={saving}>
            {saving ? t('form.saving') : t('form.save')}
          </button>
        </footer>
      </form>
    </ModalDialog>
  )
}
