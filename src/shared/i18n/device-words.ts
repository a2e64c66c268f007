/** A translator of namespaced keys ("common:form.brandOther"): i18next's `t` in either process. */
type Translate = (key: string) => string

/** A phone's brand as people read it: the maker's own name, or "Other" in the reader's language. */
export function brandWords(t: Translate, brand: string): string {
  return brand === 'other' ? t('common:form.brandOther') : brand
}

/** An operating-system family as people read it: HyperOS and MIUI are names, any other Android is said in the reader's language. */
export function osFamilyWords(t: Translate, family: string): string {
  return family === 'other Android' ? t('offboarding:variants.other') : family
}
