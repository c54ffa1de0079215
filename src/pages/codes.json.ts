import type { APIRoute } from 'astro';
import { codes } from '../routing';
import { SCHEMA_PATH, toPublicCode } from '../public-data';

export const GET: APIRoute = ({ site }) =>
  Response.json({
    $schema: new URL(SCHEMA_PATH, site).href,
    generated: 'From the content files of WebSocket Close Codes; each code lists its sources.',
    codes: codes.map((e) => toPublicCode(e.data, site!)),
  });
