import type { APIRoute } from 'astro';
import { FAMILY_CODE_SCHEMA_PATH, jsonSchemaOf, publicFamilyCodeSchema } from '../public-data';

export const GET: APIRoute = ({ site }) =>
  Response.json(
    jsonSchemaOf(publicFamilyCodeSchema, new URL(FAMILY_CODE_SCHEMA_PATH, site).href, 'One close code of an application or protocol'),
  );
