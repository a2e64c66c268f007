import { describe, expect, it } from 'vitest'
import { buildCertificateContent } from '@shared/certificate/build'
import { CERTIFICATE_FORMAT, certificateContentSchema, certificateContentV1Schema, languagesOf } from '@shared/certificate/content'
import v1 from '../../fixtures/certificate/v1-signed.json' with { type: 'json' }
import { FACTS, sampleSubject } from './sample-subject'

const v2 = () => buildCertificateContent(sampleSubject({ languages: ['zh-CN', 'en'] }), FACTS)

describe('certificate content, format 2', () => {
  it('records one language, or two different ones, primary first', () => {
    expect(CERTIFICATE_FORMAT).toBe('handover-certificate/2')
    expect(v2().languages).toEqual(['zh-CN', 'en'])
    expect(languagesOf(buildCertificateContent(sampleSubject({ languages: ['hi'] }), FACTS))).toEqual(['hi'])
    for (const languages of [['ru', 'es'], ['pt-BR'], ['id', 'zh-CN']])
      expect(certificateContentSchema.safeParse({ ...v2(), languages }).success, languages.join()).toBe(true)
  })

  it('refuses no language, three, the same one twice, an unknown one, and the old single-language field', () => {
    for (const languages of [[], ['en', 'es', 'ru'], ['es', 'es'], ['fr'], ['zh'], 'en']) {
      expect(certificateContentSchema.safeParse({ ...v2(), languages }).success, JSON.stringify(languages)).toBe(false)
    }
    expect(certificateContentSchema.safeParse({ ...v2(), language: 'en' }).success).toBe(false)
    const { languages: _languages, ...withoutLanguages } = v2()
    expect(certificateContentSchema.safeParse(withoutLanguages).success).toBe(false)
  })
})

describe('certificate content, format 1', () => {
  it('reads a certificate issued in format 1 as English', () => {
    const parsed = certificateContentV1Schema.parse(v1.content)
    expect(parsed.language).toBe('en')
    expect(languagesOf(parsed)).toEqual(['en'])
    expect(certificateContentSchema.safeParse(v1.content).success).toBe(false)
  })

  it('takes no other language and no list of languages', () => {
    expect(certificateContentV1Schema.safeParse({ ...v1.content, language: 'ru' }).success).toBe(false)
    expect(certificateContentV1Schema.safeParse({ ...v1.content, languages: ['en'] }).success).toBe(false)
  })
})
