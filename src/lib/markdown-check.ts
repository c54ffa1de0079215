/**
 * Reads a content body with the Markdown parser family the build renders with (micromark and mdast,
 * with GFM for .md and MDX for .mdx) and reports what must not reach a page: raw HTML, links to other
 * schemes, code in MDX, and required sections that are missing or would render empty.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** Inline elements that carry no behaviour and that Markdown has no syntax for. */
export const ALLOWED_HTML = ['kbd', 'abbr', 'sub', 'sup'] as const;
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = { abbr: ['title'] };

export interface BodyProblem {
  /** 1-based line in the body. */
  line: number;
  message: string;
}

export interface ParsedBody {
  tree: Root;
  problems: BodyProblem[];
}

const allowedList = ALLOWED_HTML.map((t) => `<${t}>`).join(', ');

/** A tag as HTML writes it: `<kbd>`, `</kbd>`, `<abbr title="…">`. Anything else is refused. */
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+="[^"<>]*")*)\s*(\/?)>$/;

function htmlProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.startsWith('<!--')) return 'an HTML comment is not allowed: it would be published in the page source';
  const pieces = trimmed.split(/(?=<)|(?<=>)/).filter((p) => p.trim() !== '');
  for (const piece of pieces) {
    if (!piece.startsWith('<')) continue;
    const tag = TAG.exec(piece);
    const name = tag?.[2]?.toLowerCase();
    if (!tag || !name || !(ALLOWED_HTML as readonly string[]).includes(name)) {
      return `raw HTML ${JSON.stringify(piece.slice(0, 40))} is not allowed: use Markdown, or one of ${allowedList}`;
    }
    const attributes = [...tag[3]!.matchAll(/([a-zA-Z-]+)=/g)].map((m) => m[1]!.toLowerCase());
    const bad = attributes.find((a) => !(ALLOWED_ATTRIBUTES[name] ?? []).includes(a));
    if (bad) return `attribute "${bad}" on <${name}> is not allowed`;
  }
  return undefined;
}

/** Only https: addresses, addresses on this site ("/codes/1006/") and fragments ("#how-to-fix"). */
export function linkProblem(url: string): string | undefined {
  if (/[\s\u0000-\u001f\u007f\\]/.test(url)) return `link ${JSON.stringify(url.slice(0, 60))} contains spaces, control characters or a backslash`;
  if (url.startsWith('https://') && url.length > 'https://'.length) return undefined;
  if (url.startsWith('/') && !url.startsWith('//')) return undefined;
  if (url.startsWith('#') && url.length > 1) return undefined;
  return `link ${JSON.stringify(url.slice(0, 60))} must be an https:// address or a path on this site such as /codes/1006/`;
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;

interface EsmNode {
  type: string;
  source?: { value?: unknown };
  specifiers?: { type: string }[];
}

function checkMdxNode(node: Nodes, file: string, componentsDir: string, imported: Set<string>, problems: BodyProblem[]) {
  const line = lineOf(node);
  switch (node.type) {
    case 'mdxjsEsm': {
      const body = ((node.data as { estree?: { body?: EsmNode[] } } | undefined)?.estree?.body ?? []) as EsmNode[];
      for (const statement of body) {
        if (statement.type !== 'ImportDeclaration') {
          problems.push({ line, message: `${statement.type.replace(/Declaration$/, '').toLowerCase()} statements are not allowed in MDX: only imports from src/components/` });
          continue;
        }
        const from = String(statement.source?.value ?? '');
        const target = from.startsWith('.') ? resolve(file, '..', from) : undefined;
        const inside = target !== undefined && !relative(componentsDir, target).startsWith('..') && !isAbsolute(relative(componentsDir, target));
        if (!inside) {
          problems.push({ line, message: `import from ${JSON.stringify(from)} is not allowed: MDX may import only from src/components/` });
        }
      }
      break;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      problems.push({ line, message: 'expressions in braces are not allowed in MDX: they run code when the page is built' });
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name;
      if (name === null) {
        problems.push({ line, message: 'JSX fragments are not allowed' });
        break;
      }
      const isComponent = /^[A-Z]/.test(name);
      if (isComponent && !imported.has(name.split('.')[0]!)) {
        problems.push({ line, message: `component <${name}> is not imported from src/components/` });
      }
      if (!isComponent && !(ALLOWED_HTML as readonly string[]).includes(name)) {
        problems.push({ line, message: `raw HTML <${name}> is not allowed: use Markdown, or one of ${allowedList}` });
      }
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
          problems.push({ line, message: `attribute expressions are not allowed on <${name}>: use a quoted string` });
        } else if (!isComponent && !(ALLOWED_ATTRIBUTES[name] ?? []).includes(attribute.name)) {
          problems.push({ line, message: `attribute "${attribute.name}" on <${name}> is not allowed` });
        } else if (/^(href|src)$/i.test(attribute.name) && typeof attribute.value === 'string') {
          const problem = linkProblem(attribute.value);
          if (problem) problems.push({ line, message: problem });
        } else if (/^on/i.test(attribute.name)) {
          problems.push({ line, message: `event handler attribute "${attribute.name}" is not allowed` });
        }
      }
      break;
    }
  }
}

function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    const body = ((node.data as { estree?: { body?: { type: string; specifiers?: { local: { name: string } }[] }[] } } | undefined)?.estree?.body ?? []);
    for (const s of body) if (s.type === 'ImportDeclaration') for (const spec of s.specifiers ?? []) names.add(spec.local.name);
  });
  return names;
}

/**
 * Parses a body and checks it. `file` is the path of the content file (for resolving MDX imports),
 * `componentsDir` the one folder MDX may import from.
 */
export function parseBody(body: string, options: { mdx: boolean; file: string; componentsDir: string }): ParsedBody {
  const problems: BodyProblem[] = [];
  let tree: Root;
  try {
    tree = options.mdx
      ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
      : fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number }; reason?: string; message: string };
    problems.push({ line: e.line ?? e.place?.line ?? 1, message: `cannot be parsed as MDX: ${e.reason ?? e.message}` });
    return { tree: { type: 'root', children: [] }, problems };
  }
  const imported = importedNames(tree);
  visit(tree, (node: Nodes) => {
    if (node.type === 'html') {
      const problem = htmlProblem(node.value);
      if (problem) problems.push({ line: lineOf(node), message: problem });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const problem = linkProblem(node.url);
      if (problem) problems.push({ line: lineOf(node), message: problem });
    } else if (options.mdx) {
      checkMdxNode(node, options.file, options.componentsDir, imported, problems);
    }
  });
  return { tree, problems };
}

/** Whether a node puts readable text on the page (headings alone do not count). */
function hasVisibleText(node: RootContent): boolean {
  if (node.type === 'heading' || node.type === 'html' || node.type === 'definition' || node.type === 'thematicBreak') return false;
  if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'text') return node.value.trim() !== '';
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return true;
  if (node.type === 'image') return (node.alt ?? '').trim() !== '';
  return toString(node).trim() !== '' || ('children' in node && (node.children as RootContent[]).some(hasVisibleText));
}

export interface SectionInfo {
  heading: string;
  line: number;
  nodes: RootContent[];
}

/** The level-2 sections of a parsed body, as they will render (setext and ATX headings alike). */
export function sectionsOf(tree: Root): SectionInfo[] {
  const sections: SectionInfo[] = [];
  let current: SectionInfo | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      current = node.depth === 2 ? { heading: toString(node).trim(), line: lineOf(node), nodes: [] } : undefined;
      if (current) sections.push(current);
    } else {
      current?.nodes.push(node);
    }
  }
  return sections;
}

export function sectionIsEmpty(section: SectionInfo): boolean {
  return !section.nodes.some(hasVisibleText);
}

/** Whether the whole body would render any readable text. */
export function bodyIsEmpty(tree: Root): boolean {
  return !tree.children.some(hasVisibleText);
}
