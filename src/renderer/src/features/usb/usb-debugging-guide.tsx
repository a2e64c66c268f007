import { useTranslation } from 'react-i18next'

/** How to turn USB debugging on for MIUI / HyperOS, and off again at the end. */
export function UsbDebuggingGuide(props: { open?: boolean }) {
  const { t } = useTranslation('usb')
  return (
    <details className="usb-guide" open={props.open}>
      <summary>{t('guide.heading')}</summary>
      <ol>
        <li>{t('guide.step1')}</li>
        <li>{t('guide.step2')}</li>
        <li>{t('guide.step3')}</li>
        <li>{t('guide.step4')}</li>
      </ol>
      <p>{t('guide.off')}</p>
    </details>
  )
}
