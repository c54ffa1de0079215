import type { APIRoute } from 'astro';
import { CODE_SCHEMA_PATH, jsonSchemaOf, publicCodeSchema } from '../public-data';

export const GET: APIRoute = ({ site }) =>
  Response.json(jsonSchemaOf(publicCodeSchema, new URL(CODE_SCHEMA_PATH, site).href, 'One WebSocket close code'));
