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

/** Replaces each code block with `note` (HTML): comparison pages link to the samples instead of repeating them. */
export function replaceCodeBlocks(html: string, note: string): string {
  return html.replace(/<pre[\s\S]*?<\/pre>/g, note);
}
