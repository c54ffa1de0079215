/** Problems found in content, each naming the file and the field so an author can go straight to it. */

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

export function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

/** "1006.md" → "1006"; the id the collection gives the entry. */
export function stem(filePath: string): string {
  return baseName(filePath).replace(/\.(md|mdx)$/i, '');
}
