/** The facts panel of a code, as label/value rows, shared by code pages and comparison tables. */
import { browserMaySend, rangeLabel, rangeOf } from './ranges';
import { RECONNECT_LABELS, SENDER_LABELS, type ReconnectAdvice, type Sender } from './vocabulary';

export interface FactInput {
  code: number;
  name: string;
  definedIn: { document: string; section: string; url: string };
  allowedInCloseFrame: boolean;
  sentBy: Sender;
  reconnect: ReconnectAdvice;
}

export interface FactRow {
  label: string;
  value: string;
  href?: string;
}

export function factRows(f: FactInput): FactRow[] {
  const range = rangeOf(f.code);
  return [
    { label: 'Name (IANA)', value: f.name },
    { label: 'Range', value: `${rangeLabel(range)}: ${range.title.toLowerCase()}`, href: `/#range-${range.id}` },
    { label: 'Defined in', value: `${f.definedIn.document} ${f.definedIn.section}`, href: f.definedIn.url },
    {
      label: 'In a Close frame',
      value: f.allowedInCloseFrame ? 'Allowed' : 'Never: only reported locally',
    },
    { label: 'Typically sent by', value: SENDER_LABELS[f.sentBy] },
    {
      label: 'Browser close() may send it',
      value: browserMaySend(f.code) ? 'Yes' : 'No: close() throws InvalidAccessError',
    },
    { label: 'Reconnect', value: RECONNECT_LABELS[f.reconnect] },
  ];
}
