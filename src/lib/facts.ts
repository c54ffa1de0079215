/** The facts panel of a code, as label/value rows, shared by code pages and comparison tables. */
import { browserMaySend, rangeLabel, rangeOf } from './ranges';
import { RECONNECT_LABELS, SENDER_LABELS, type ReconnectAdvice, type Sender } from './vocabulary';

export interface FactInput {
  code: number;
  name: string;
  /** Set for a code an application or protocol assigns itself. */
  family?: { slug: string; name: string } | undefined;
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

/** Facts that follow from the number alone, shared with pages for undocumented numbers. */
export function rangeRow(code: number): FactRow {
  const range = rangeOf(code);
  return { label: 'Range', value: `${rangeLabel(range)}: ${range.title.toLowerCase()}`, href: `/#range-${range.id}` };
}

export function browserRow(code: number): FactRow {
  return { label: 'Browser close() may send it', value: browserMaySend(code) ? 'Yes' : 'No: close() throws InvalidAccessError' };
}

export function factRows(f: FactInput): FactRow[] {
  return [
    f.family
      ? { label: `Name (${f.family.name})`, value: f.name }
      : { label: 'Name (IANA)', value: f.name },
    f.family
      ? { label: 'Assigned by', value: f.family.name, href: `/families/${f.family.slug}/` }
      : { label: 'Assigned by', value: 'IANA registry' },
    rangeRow(f.code),
    { label: 'Defined in', value: `${f.definedIn.document} ${f.definedIn.section}`, href: f.definedIn.url },
    {
      label: 'In a Close frame',
      value: f.allowedInCloseFrame ? 'Allowed' : f.family ? 'Never: only reported by the client library' : 'Never: only reported locally',
    },
    { label: 'Typically sent by', value: SENDER_LABELS[f.sentBy] },
    browserRow(f.code),
    { label: 'Reconnect', value: RECONNECT_LABELS[f.reconnect] },
  ];
}
