import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { resolveAppAsset, APP_ORIGIN, CONTENT_SECURITY_POLICY } from '@main/electron/app-protocol-paths'

/** Serves the built renderer on 127.0.0.1 the way the app:// protocol serves it in Electron (same resolver, same CSP). */
export async function serveRendererOverHttp(rendererRoot: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const asset = resolveAppAsset(rendererRoot, `${APP_ORIGIN}${request.url ?? '/'}`)
    if (!asset) {
      response.writeHead(404).end()
      return
    }
    readFile(asset.file).then(
      (body) => response.writeHead(200, { 'content-type': asset.mime, 'content-security-policy': CONTENT_SECURITY_POLICY }).end(body),
      () => response.writeHead(404).end()
    )
  })
  await new Promise<void>((resolvePromise) => server.listen(0, '127.0.0.1', resolvePromise))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolvePromise) => server.close(() => resolvePromise()))
  }
}
