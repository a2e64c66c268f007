import { Component, type ErrorInfo, type ReactNode } from 'react'
import { screenFailedWords } from './screen-failed-words'

interface State {
  failed: boolean
}

/**
 * Catches a rendering error anywhere below it and offers a reload instead of a blank window.
 * It speaks the app's language, and English when translations are what broke.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The main process copies page errors into the log; the component stack says where, not what data.
    console.error(`[handover] the page stopped: ${error.name}: ${error.message}${info.componentStack ?? ''}`)
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    const words = screenFailedWords()
    return (
      <main aria-labelledby="error-boundary-title" style={{ maxWidth: 560, margin: '64px auto', padding: '0 16px' }}>
        <div className="card" role="alert">
          <h1 id="error-boundary-title">{words.title}</h1>
          <p>{words.body}</p>
          <button type="button" className="button button-primary" autoFocus onClick={() => window.location.reload()}>
            {words.reload}
          </button>
        </div>
      </main>
    )
  }
}
