import type { APIRoute } from 'astro';
import { allCodes, entryOf } from '../routing';
import { phrasesOf, type PhraseData } from '../lib/search-query';

/** Constants, error texts and phrasings by code, fetched by the search box when a query has words. */
export const GET: APIRoute = () => {
  const data: PhraseData = { phrases: {}, askedAs: {} };
  for (const v of allCodes) {
    const phrases = phrasesOf(v.constants, v.errorTexts);
    const askedAs = entryOf(v).data.askedAs ?? [];
    if (phrases.length > 0) data.phrases[v.slug] = phrases;
    if (askedAs.length > 0) data.askedAs[v.slug] = askedAs;
  }
  return Response.json(data);
};
