/**
 * One shape for every code page, registered or family, so that pages, comparisons, data and search
 * treat both alike. Built in routing.ts from the collections; nothing here reads content itself.
 */
import type { CodeData, FamilyCodeData, FamilyData } from '../schemas';
import { codePath, keySlug, type CodeKey } from './pairs';

export interface FamilyRef {
  slug: string;
  name: string;
}

export interface CodeView {
  key: CodeKey;
  /** "1006" or "4014-discord-gateway": the id in comparison URLs and data. */
  slug: string;
  path: string;
  code: number;
  family: FamilyRef | undefined;
  name: string;
  /** How the code is named where several share its number: "4014 Disallowed intent(s) (Discord Gateway)". */
  label: string;
  summary: string;
  definedIn: CodeData['definedIn'];
  allowedInCloseFrame: boolean;
  sentBy: CodeData['sentBy'];
  sendWhen: string;
  reconnect: CodeData['reconnect'];
  reconnectNote: string | undefined;
  constants: CodeData['constants'];
  errorTexts: CodeData['errorTexts'];
  related: { key: CodeKey; difference: string }[];
  sources: CodeData['sources'];
  checked: string | undefined;
}

/** The fields every code page has, whichever kind of file it comes from. */
function view(
  data: CodeData | FamilyCodeData,
  family: FamilyRef | undefined,
  allowedInCloseFrame: boolean,
): CodeView {
  const key = { code: data.code, family: family?.slug };
  return {
    key,
    slug: keySlug(key),
    path: codePath(key),
    code: data.code,
    family,
    name: data.name,
    label: family ? `${data.code} ${data.name} (${family.name})` : `${data.code} ${data.name}`,
    summary: data.summary,
    definedIn: data.definedIn,
    allowedInCloseFrame,
    sentBy: data.sentBy,
    sendWhen: data.sendWhen,
    reconnect: data.reconnect,
    reconnectNote: data.reconnectNote,
    constants: data.constants,
    errorTexts: data.errorTexts,
    related: data.related.map((r) => ({ key: { code: r.code, family: r.family }, difference: r.difference })),
    sources: data.sources,
    checked: data.checked,
  };
}

export function registeredView(data: CodeData): CodeView {
  return view(data, undefined, data.allowedInCloseFrame);
}

/** A family code is in 3000–4999, which any endpoint may send, unless only a client library reports it. */
export function familyView(data: FamilyCodeData, family: FamilyRef): CodeView {
  return view(data, family, data.sentBy !== 'neither');
}

export interface FamilyView extends FamilyRef {
  path: string;
  data: FamilyData;
  codes: CodeView[];
}
