import { html, nothing, type TemplateResult } from 'lit';

/** Only absolute http(s) URLs become links; anything else (javascript:, data:, relative) does not. */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An external link from catalogue data: opens in a new tab without access to this page, and says
 * so to screen-reader users. A URL that is not http(s) renders as plain text.
 */
export function renderExternalLink(url: string, label: string, externalNote: string): TemplateResult {
  const href = safeHttpUrl(url);
  if (!href) return html`<span part="link-blocked">${label}</span>`;
  return html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${externalNote}</span></a
  >${nothing}`;
}
