import type { ReactNode } from 'react'

/** A table of the USB screen: its caption (the accessible name), column headings, and the rows as children. */
export function UsbTable(props: { caption: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <table className="usb-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  )
}
