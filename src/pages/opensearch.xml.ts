import type { APIRoute } from 'astro';
import { SITE_NAME } from '../lib/site';

/** Lets a browser add the site as a search engine: its searches open /?q=… with the results shown. */
export const GET: APIRoute = ({ site }) => {
  const at = (path: string) => new URL(path, site).href;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>WS Close Codes</ShortName>
  <LongName>${escape(SITE_NAME)}</LongName>
  <Description>Search WebSocket close codes by number, name, library constant or error message.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${escape(at('/favicon.svg'))}</Image>
  <Url type="text/html" method="get" template="${escape(at('/'))}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escape(at('/opensearch.xml'))}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
