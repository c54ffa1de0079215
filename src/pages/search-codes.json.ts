import type { APIRoute } from 'astro';
import { allCodes, noteSlugs } from '../routing';
import { keySlug } from '../lib/pairs';
import type { SearchData } from '../lib/search-query';

/**
 * The little the search box needs to answer numbers, names and pairs exactly, fetched when a search
 * starts. The words people paste are in /search-phrases.json, fetched only for a query with words.
 */
export const GET: APIRoute = () => {
  const data: SearchData = {
    codes: allCodes.map((v) => ({
      code: v.code,
      name: v.name,
      summary: v.summary,
      ...(v.family && { family: v.family.slug, familyName: v.family.name }),
      ...(v.related.length > 0 && { related: v.related.map((r) => keySlug(r.key)) }),
    })),
    notes: noteSlugs,
  };
  return Response.json(data);
};
