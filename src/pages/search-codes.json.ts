import type { APIRoute } from 'astro';
import { registered } from '../routing';
import { phrasesOf, type CodeRef } from '../lib/search-query';

/** The little the search box needs to answer numbers and names exactly, fetched when a search starts. */
export const GET: APIRoute = () =>
  Response.json(
    registered.map((data): CodeRef => ({
      code: data.code,
      name: data.name,
      summary: data.summary,
      phrases: phrasesOf(data.constants, data.errorTexts),
    })),
  );
