/** One handshake drawing per code page, shared by the code's page and its comparison pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import tokensCss from '../../styles/tokens.css?raw';
import { allCodes } from '../../routing';
import type { CodeView } from '../../lib/code-view';
import { handshakeOf } from '../../lib/handshake';
import { DIAGRAM_TOKENS, handshakeSvg } from '../../lib/handshake-svg';
import { pick, schemeTokens } from '../../lib/tokens';

const tokens = schemeTokens(tokensCss);
const light = pick(tokens.light, DIAGRAM_TOKENS, 'light');
const dark = pick(tokens.dark, DIAGRAM_TOKENS, 'dark');

export const getStaticPaths = (() => allCodes.map((view) => ({ params: { slug: view.slug }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: CodeView }> = ({ props }) =>
  new Response(handshakeSvg(handshakeOf(props.view), light, dark), {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
  });
