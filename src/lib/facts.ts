/** The facts panel of a code, as label/value rows, shared by code pages and comparison tables. */
import { familyPath } from './pairs';
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

/**
 * The rows for one code. On its own page a registered code needs no "Assigned by" row (its name
 * label says IANA); in a comparison both columns have the same rows in the same order, so every
 * row is there and the name row has a label that fits either column.
 */
export function factRows(f: FactInput, forComparison = false): FactRow[] {
  const nameLabel = forComparison ? 'Name' : f.family ? `Name (${f.family.name})` : 'Name (IANA)';
  const assignedBy: FactRow[] = f.family
    ? [{ label: 'Assigned by', value: f.family.name, href: familyPath(f.family.slug) }]
    : forComparison
      ? [{ label: 'Assigned by', value: 'IANA registry' }]
      : [];
  return [
    { label: nameLabel, value: f.name },
    ...assignedBy,
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

/**
 * The rows for a code's own page, where the title already gives the name: each meaning is said once.
 * A code that never travels in a Close frame gets one "Sent by" row instead of three rows that each
 * say "never sent" (sender, Close frame, browser close()); a code that may travel keeps the sender
 * and whether a browser script may send it. Reconnect links the page's reconnect advice.
 */
export function codePageRows(f: FactInput, reconnectHref: string): FactRow[] {
  const assignedBy: FactRow[] = f.family ? [{ label: 'Assigned by', value: f.family.name, href: familyPath(f.family.slug) }] : [];
  const sending: FactRow[] = f.allowedInCloseFrame
    ? [{ label: 'Sent by', value: SENDER_LABELS[f.sentBy] }, browserRow(f.code)]
    : [
        {
          label: 'Sent by',
          value: f.family ? 'Nobody: only the client library reports it' : 'Nobody: reported locally, never in a Close frame',
        },
      ];
  return [
    ...assignedBy,
    rangeRow(f.code),
    { label: 'Defined in', value: `${f.definedIn.document} ${f.definedIn.section}`, href: f.definedIn.url },
    ...sending,
    { label: 'Reconnect', value: RECONNECT_LABELS[f.reconnect], href: reconnectHref },
  ];
}
