import type { Browser } from '@playwright/test'
import type { PdfPrinter } from '@main/services/ports'

/** The test adapter for PdfPrinter: Chromium's own printer (page.pdf), the engine Electron's printToPDF uses. */
export function chromiumPdfPrinter(browser: Browser): PdfPrinter {
  return {
    async htmlToPdf(html, { pageSize }) {
      const context = await browser.newContext({ javaScriptEnabled: false })
      try {
        const page = await context.newPage()
        await page.setContent(html, { waitUntil: 'load' })
        return await page.pdf({ format: pageSize, printBackground: true, preferCSSPageSize: true })
      } finally {
        await context.close()
      }
    }
  }
}
