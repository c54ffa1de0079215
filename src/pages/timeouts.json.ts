import type { APIRoute } from 'astro';
import { TIMEOUTS } from '../data/timeouts';
import { plainText } from '../lib/timeouts';
import type { FinderEntry } from '../scripts/timeouts';

/** What the seconds box needs where there is no table to read: id, name and figure of each limit. */
export const GET: APIRoute = () => {
  const entries: FinderEntry[] = TIMEOUTS.map((t) => ({ id: t.id, name: `${t.product} ${plainText(t.component)}`, seconds: t.seconds }));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
