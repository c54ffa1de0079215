import type { APIRoute } from 'astro';
import { familyMeanings, registered } from '../../routing';
import type { CodeView } from '../../lib/code-view';
import { toPublicCode } from '../../public-data';

export function getStaticPaths() {
  return registered.map((view) => ({ params: { code: String(view.code) }, props: { view } }));
}

export const GET: APIRoute<{ view: CodeView }> = ({ props, site }) =>
  Response.json(toPublicCode(props.view, familyMeanings(props.view.code), site!));
