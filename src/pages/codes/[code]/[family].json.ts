import type { APIRoute } from 'astro';
import { allCodes } from '../../../routing';
import type { CodeView } from '../../../lib/code-view';
import { toPublicFamilyCode } from '../../../public-data';

export function getStaticPaths() {
  return allCodes
    .filter((view) => view.family)
    .map((view) => ({ params: { code: String(view.code), family: view.family!.slug }, props: { view } }));
}

export const GET: APIRoute<{ view: CodeView }> = ({ props, site }) => Response.json(toPublicFamilyCode(props.view, site!));
