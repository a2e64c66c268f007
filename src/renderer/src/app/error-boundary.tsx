import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  failed: boolean
}

/**
 * Catches a rendering error anywhere below it and offers a reload instead of a blank window.
 * Its words are plain English on purpose: it must still speak when translations are what broke.
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
    return (
      <main aria-labelledby="error-boundary-title" style={{ maxWidth: 560, margin: '64px auto', padding: '0 16px' }}>
        <div className="card" role="alert">
          <h1 id="error-boundary-title">Something went wrong on this screen</h1>
          <p>Nothing was lost: every change was saved when you made it. Reload to carry on.</p>
          <button type="button" className="button button-primary" autoFocus onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </main>
    )
  }
}
