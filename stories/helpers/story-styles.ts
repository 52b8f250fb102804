/**
 * Story chrome shared by the element stories, from one constructed stylesheet (no style
 * attributes, so the stories run under the same strict CSP rules as the widgets):
 * - `.story-compact`: a phone-wide column (320 px);
 * - `.story-narrow`: the same, outlined, where the column's edge matters;
 * - `.story-surface`: a padded box in the widgets' own colours and font (used by the themed stories);
 * - `.story-themed`: a site's own look set through the public tokens only, on such a box.
 */
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  .story-compact,
  .story-narrow {
    box-sizing: border-box;
    inline-size: 320px;
    max-inline-size: 100%;
  }
  .story-narrow {
    outline: 1px dashed var(--lio-color-border, #8a8f98);
    outline-offset: 4px;
  }
  .story-themed {
    --lio-color-accent: #5b2a86;
    --lio-color-accent-contrast: #ffffff;
    --lio-color-focus: #d4570b;
    --lio-color-surface: #f6f1fa;
    --lio-color-border: #6f5a80;
    --lio-font-family: Georgia, 'Times New Roman', serif;
    --lio-radius: 0;
  }
  .story-surface,
  .story-themed {
    padding: 1rem;
    background: var(--lio-color-background, #ffffff);
    color: var(--lio-color-text, #1a1a1a);
    font-family: var(--lio-font-family, system-ui, sans-serif);
  }
`);

/** Adopt the shared story rules into the document (once), and a story file's own `extra` rules (call it once, when the file loads). */
export function adoptStoryStyles(extra = ''): void {
  const sheets = [sheet];
  if (extra) {
    const own = new CSSStyleSheet();
    own.replaceSync(extra);
    sheets.push(own);
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => !sheets.includes(s)), ...sheets];
}
