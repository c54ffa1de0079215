/** Cuts a rendered Markdown body into its level-2 sections so pages can place them one by one. */

export interface Section {
  heading: string;
  html: string;
}

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '').trim();

export function splitSections(html: string): Section[] {
  const parts = html.split(/(?=<h2[\s>])/);
  const sections: Section[] = [];
  for (const part of parts) {
    const match = /^<h2[^>]*>([\s\S]*?)<\/h2>/.exec(part);
    if (!match) continue;
    sections.push({ heading: decodeEntities(stripTags(match[1]!)), html: part.slice(match[0].length).trim() });
  }
  return sections;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Prepares a section for a page that shows it under a deeper heading: headings move down `by`
 * levels and lose their ids, which would otherwise repeat when two codes share a page.
 */
export function nestSection(html: string, by: number): string {
  return html
    .replace(/<(\/?)h([1-6])([^>]*)>/g, (_m, slash: string, level: string, attrs: string) => {
      const deeper = Math.min(6, Number(level) + by);
      return `<${slash}h${deeper}${slash ? '' : attrs.replace(/\s+id="[^"]*"/, '')}>`;
    });
}

/**
 * Puts a rendered body's level-2 sections in the order `first` names, the rest after them in their
 * own order; text before the first heading stays first. Headings keep their ids.
 */
export function reorderSections(html: string, first: readonly string[]): string {
  const parts = html.split(/(?=<h2[\s>])/);
  const lead = parts[0] && !/^<h2[\s>]/.test(parts[0]) ? parts.shift()! : '';
  const headingOf = (part: string) => decodeEntities(stripTags(/^<h2[^>]*>([\s\S]*?)<\/h2>/.exec(part)?.[1] ?? ''));
  const rank = (part: string) => {
    const i = first.indexOf(headingOf(part));
    return i === -1 ? first.length : i;
  };
  return lead + parts.map((part, i) => ({ part, i })).sort((a, b) => rank(a.part) - rank(b.part) || a.i - b.i).map((p) => p.part).join('');
}

const LANGUAGES: Record<string, string> = {
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  py: 'Python',
  python: 'Python',
  go: 'Go',
  sh: 'Shell',
  bash: 'Shell',
  shell: 'Shell',
  console: 'Shell',
  json: 'JSON',
  yaml: 'YAML',
  java: 'Java',
  kotlin: 'Kotlin',
  cs: 'C#',
  csharp: 'C#',
  rust: 'Rust',
  swift: 'Swift',
  dart: 'Dart',
  php: 'PHP',
  nginx: 'nginx',
  http: 'HTTP',
  text: 'Text',
};

/** The label shown above a code block: "language-js" → "JavaScript". */
export function languageLabel(language: string): string {
  return LANGUAGES[language.toLowerCase()] ?? language;
}

/**
 * Readies a rendered body for reading: each code block gets a bar naming its language (where the
 * copy button goes) and becomes focusable, since long lines scroll sideways. Headings get their
 * links to themselves from the reading script, which keeps those bytes out of first paint.
 */
export function dressBody(html: string): string {
  return html
    .replace(/<pre([^>]*)><code(?: class="language-([\w+#-]+)")?/g, (_m, attrs: string, language: string | undefined) => {
      const label = language ? languageLabel(language) : 'Code';
      return `<div class="code-block"><div class="code-bar"><span>${label}</span></div><pre${attrs} tabindex="0"><code${language ? ` class="language-${language}"` : ''}`;
    })
    .replace(/<\/pre>/g, '</pre></div>');
}
