import type { APIRoute } from 'astro';
import { allCodes } from '../../routing';
import { diagnoseData } from '../../lib/diagnose/catalogue';

/** The code names and documented error texts /diagnose/ reads logs and frames against, fetched when the page starts. */
export const GET: APIRoute = () => Response.json(diagnoseData(allCodes));
