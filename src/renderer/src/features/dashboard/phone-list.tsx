import { useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import type { DeviceSummary } from '../../../../shared/device-model'
import { PhoneRow, type PhoneRowActions } from './phone-row'

const ROW_HEIGHT = 92

/** The dashboard's list of phones, virtualised so thousands of phones scroll smoothly. */
export function PhoneList(props: { devices: readonly DeviceSummary[]; ownerName: (ownerId: string | null) => string; actions: PhoneRowActions }) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer re-renders this component itself; the compiler warning about memoising it does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: props.devices.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (index) => props.devices[index]!.id
  })
  return (
    <div ref={scrollRef} className="phone-list-scroll">
      <ul className="phone-list" aria-label={t('dashboard.list')} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const device = props.devices[item.index]!
          return (
            <li
              key={item.key}
              className="phone-list-item"
              aria-label={device.nickname}
              aria-setsize={props.devices.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <PhoneRow device={device} ownerName={props.ownerName(device.ownerId)} actions={props.actions} />
            </li>
          )
        })}
      </ul>
    </div>
  )
}
