/** The UTC offset ("+02:00", "-05:30", "+00:00") of an IANA time zone at a given instant. */
export function utcOffsetAt(instant: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value
  const match = /^GMT([+-]\d{2}):?(\d{2})$/.exec(name ?? '')
  return match ? `${match[1]}:${match[2]}` : '+00:00'
}
