import type { APIRoute } from 'astro';
import { allCodes, families, familyMeanings, registered } from '../routing';
import { SCHEMA_PATH, toPublicCode, toPublicFamily, toPublicFamilyCode } from '../public-data';

export const GET: APIRoute = ({ site }) =>
  Response.json({
    $schema: new URL(SCHEMA_PATH, site).href,
    generated: 'From the content files of WebSocket Close Codes; each code lists its sources.',
    codes: registered.map((v) => toPublicCode(v, familyMeanings(v.code), site!)),
    families: families.map((f) => toPublicFamily(f, site!)),
    familyCodes: allCodes.filter((v) => v.family).map((v) => toPublicFamilyCode(v, site!)),
  });
