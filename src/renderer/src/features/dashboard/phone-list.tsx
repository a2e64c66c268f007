import { memo, useLayoutEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { DeviceSummary } from '@shared/device-model'
import type { RunProgress } from '@shared/offboarding/progress'
import { PhoneRow, useRowTexts, type PhoneRowActions } from './phone-row'

/** A first guess at a row's height; each row is measured once drawn, so long nicknames and narrow windows get taller rows. */
const ESTIMATED_ROW_HEIGHT = 100

/** The dashboard's list of phones, virtualised so thousands of phones scroll smoothly; memoised so typing in the search box does not re-render it before the filtered list is ready. */
export const PhoneList = memo(function PhoneList(props: {
  devices: readonly DeviceSummary[]
  ownerName: (ownerId: string | null) => string
  progress: ReadonlyMap<string, RunProgress>
  actions: PhoneRowActions
}) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const texts = useRowTexts()
  const virtualizer = useVirtualizer({
    count: props.devices.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 3,
    getItemKey: (index) => props.devices[index].id
  })
  // Read by `npm run bench`: a new list of phones is committed to the DOM (first render, search, filters).
  useLayoutEffect(() => {
    performance.mark('handover:phone-list-committed', { detail: props.devices.length })
  }, [props.devices])
  return (
    <div ref={scrollRef} className="phone-list-scroll">
      <ul className="phone-list" aria-label={t('dashboard.list')} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const device = props.devices[item.index]
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="phone-list-item"
              aria-label={device.nickname}
              aria-setsize={props.devices.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <PhoneRow
                device={device}
                ownerName={props.ownerName(device.ownerId)}
                progress={props.progress.get(device.id)}
                texts={texts}
                actions={props.actions}
              />
            </li>
          )
        })}
      </ul>
    </div>
  )
})
