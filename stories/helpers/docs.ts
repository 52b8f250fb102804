/**
 * Story-only helpers for the Docs pages (stories/docs/*.mdx): they show parts of the README and
 * of each element's accessibility notes, so a Docs page says what the repository says and the
 * text is written in one place.
 */

/**
 * The body of the section of `markdown` under the heading `## title` (or `### title`), up to the
 * next heading of the same or a higher level; the heading itself is left out. Throws when the
 * section is missing, so a renamed README section fails the Storybook build instead of leaving
 * a Docs page silently empty.
 */
export function markdownSection(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#{2,3} /.test(line) && line.replace(/^#+ /, '').trim() === title);
  if (start === -1) throw new Error(`Docs: no section "${title}" in the markdown`);
  const level = lines[start]!.indexOf(' ');
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}

/** A markdown document without its first-level title, whose text the Docs page gives itself. */
export function withoutTitle(markdown: string): string {
  return markdown.replace(/^# .*\n+/, '').trim();
}

/**
 * Markdown headings one or more levels deeper (`##` → `###`), so a README's sections sit under
 * the Docs page's own section headings.
 */
export function demoteHeadings(markdown: string, by = 1): string {
  return markdown.replace(/^(#+) /gm, (_, hashes: string) => `${hashes}${'#'.repeat(by)} `);
}
