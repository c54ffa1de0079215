import type { APIRoute } from 'astro';
import { codes, type CodeEntry } from '../../routing';
import { toPublicCode } from '../../public-data';

export function getStaticPaths() {
  return codes.map((entry) => ({ params: { code: String(entry.data.code) }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CodeEntry }> = ({ props, site }) => Response.json(toPublicCode(props.entry.data, site!));
