import { describe, expect, it } from 'vitest'
import { openAllowedLink } from '@main/services/external-links'

describe('external links', () => {
  it('hands the browser the normalised URL, not the text the renderer sent', async () => {
    const opened: string[] = []
    await openAllowedLink('https://SUPPORT.google.com/a b?x=<y>', { open: async (url) => void opened.push(url) })
    expect(opened).toEqual(['https://support.google.com/a%20b?x=%3Cy%3E'])
  })

  it('refuses a host that is not on the allow-list', async () => {
    const opened: string[] = []
    await expect(openAllowedLink('https://example.com/', { open: async (url) => void opened.push(url) })).rejects.toThrow('only opens')
    expect(opened).toEqual([])
  })
})
