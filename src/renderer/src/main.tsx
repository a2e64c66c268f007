import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { SOURCE_LANGUAGE } from '@shared/i18n/languages'
import { api, unwrap } from './lib/api-client'
import { App } from './app/app'
import { ErrorBoundary } from './app/error-boundary'
import { initI18n } from './i18n'
import './styles/tokens.css'
import './styles/app.css'

// The first screen renders once its strings are in, in the language the main process speaks (chosen, or the computer's).
void unwrap(api().app.info())
  .then(
    (info) => info.language.effective,
    () => SOURCE_LANGUAGE
  )
  .then(initI18n)
  .then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>
    )
  })
