/**
 * Reads colour tokens from src/styles/tokens.css, so that drawings made at build time (the handshake
 * images, the social preview images) use the same colours as the pages in both colour schemes.
 */
import postcss, { type Container } from 'postcss';

export interface SchemeTokens {
  light: Record<string, string>;
  dark: Record<string, string>;
}

function declarations(container: Container, into: Record<string, string>): void {
  container.each((node) => {
    if (node.type === 'rule' && node.selector.trim() === ':root') {
      node.walkDecls(/^--/, (d) => {
        into[d.prop.slice(2)] = d.value.trim();
      });
    }
  });
}

/** The custom properties set on :root, and those a dark colour scheme overrides. */
export function schemeTokens(css: string): SchemeTokens {
  const root = postcss.parse(css);
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  declarations(root, light);
  root.walkAtRules('media', (rule) => {
    if (/prefers-color-scheme:\s*dark/.test(rule.params)) declarations(rule, dark);
  });
  return { light, dark: { ...light, ...dark } };
}

/** The named tokens of one scheme; a missing token is a build error naming it. */
export function pick<K extends string>(tokens: Record<string, string>, names: readonly K[], scheme: string): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of names) {
    const value = tokens[name];
    if (!value) throw new Error(`src/styles/tokens.css has no --${name} for the ${scheme} colour scheme`);
    out[name] = value;
  }
  return out;
}
