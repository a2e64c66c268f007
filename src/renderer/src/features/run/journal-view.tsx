import { useTranslation } from 'react-i18next'
import type { Run } from '@shared/offboarding/run'
import { formatDateTime } from '../../components/format'
import { journalLine } from './run-text'

/** The run's journal, newest first, each change with its time. */
export function JournalView(props: { run: Run }) {
  // 'usb' words the USB checks in the journal
  const { t } = useTranslation(['offboarding', 'usb'])
  const entries = props.run.journal.map((entry, index) => ({ entry, index })).reverse()
  return (
    <section className="card journal" aria-labelledby="journal-title">
      <h2 id="journal-title">{t('ui.journal.title')}</h2>
      <p className="muted">{t('ui.journal.intro')}</p>
      {/* it scrolls, so it takes focus: the keyboard can scroll it too */}
      <ol className="journal-list" aria-labelledby="journal-title" tabIndex={0}>
        {entries.map(({ entry, index }) => (
          <li key={index}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            <span>{journalLine(t, props.run, entry)}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
