import type { APIRoute } from 'astro';
import { jsonSchemaOf, publicCodeListSchema, SCHEMA_PATH } from '../public-data';

export const GET: APIRoute = ({ site }) =>
  Response.json(jsonSchemaOf(publicCodeListSchema, new URL(SCHEMA_PATH, site).href, 'WebSocket close codes'));
