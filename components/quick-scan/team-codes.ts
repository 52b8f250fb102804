import { decodeScanCode, type ScanCodeError, type ScanResponse } from '../../src/core/scan.js';
import type { ScanHost } from './scan-exports.js';
import type { RejectedCode, ScanView } from './views/context.js';

/** A code that was read, with the respondent's answers. */
export interface TeamResponse {
  code: string;
  response: ScanResponse;
}

/** Codes shown in a message are cut to this many characters. */
const SHOWN = 24;

/**
 * The codes in pasted text or a file: separated by spaces, line breaks, commas or semicolons; a
 * shared link (`…#lio-scan=<code>`) counts as its code; a result JSON file (`lio-scan-complete`'s
 * object) as its `code`, and a JSON list as its items.
 */
export function splitCodes(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const json: unknown = JSON.parse(trimmed);
      const items = Array.isArray(json) ? json : [json];
      return items.map((item) => (typeof item === 'string' ? item : typeof item === 'object' && item && 'code' in item ? String(item.code) : JSON.stringify(item)));
    } catch {
      // Not JSON after all: read it as text.
    }
  }
  return trimmed
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((token) => {
      const link = /lio-scan=([^&\s]+)/.exec(token);
      return link ? decodeURIComponent(link[1]!) : token;
    });
}

/**
 * The team view's codes: added from pasted text and files, checked against the question set, kept
 * in the scan's saved progress (valid ones only), with the rejected ones named until the next add.
 */
export class TeamCodes {
  /** A code from the page's `#lio-scan=` link, added once the question set is loaded. */
  pending = '';
  rejected: RejectedCode[] = [];
  added = 0;
  readonly #host: ScanHost;
  readonly #save: (codes: string[]) => void;

  constructor(host: ScanHost, save: (codes: string[]) => void) {
    this.#host = host;
    this.#save = save;
  }

  /** The saved codes that this question set can read, in their order. */
  responses(view: ScanView): TeamResponse[] {
    return view.progress.team.flatMap((code) => {
      const read = decodeScanCode(view.set, code);
      return read.ok ? [{ code, response: read.value }] : [];
    });
  }

  /** Add the codes in `text`; bad ones are named and nothing else changes. */
  add(text: string, rejected: RejectedCode[] = []): void {
    const view = this.#host.view();
    if (!view) return;
    const good: string[] = [];
    for (const code of splitCodes(text)) {
      const read = decodeScanCode(view.set, code);
      if (read.ok) good.push(code.replace(/\s+/g, ''));
      else rejected.push({ code: code.length > SHOWN ? `${code.slice(0, SHOWN)}…` : code, reason: reasonText(view, read.problems[0]?.params) });
    }
    this.rejected = rejected;
    this.added = good.length;
    if (good.length) this.#save([...view.progress.team, ...good]);
    const parts = [view.t('scan.team-added', { count: good.length })];
    if (rejected.length) parts.push(view.t('scan.team-bad', { count: rejected.length }));
    this.#host.announce(parts.join(' '));
    this.#host.requestUpdate();
  }

  /** Add the codes in text or JSON files; a file that cannot be read is named. */
  async addFiles(files: FileList | readonly File[]): Promise<void> {
    const view = this.#host.view();
    if (!view) return;
    const texts: string[] = [];
    const rejected: RejectedCode[] = [];
    for (const file of Array.from(files)) {
      try {
        texts.push(...splitCodes(await file.text()));
      } catch {
        rejected.push({ code: file.name, reason: view.t('scan.code-error.file') });
      }
    }
    this.add(texts.join('\n'), rejected);
  }

  remove(index: number): void {
    const view = this.#host.view();
    if (!view) return;
    const codes = this.responses(view).map((r) => r.code);
    codes.splice(index, 1);
    this.#save(codes);
    this.#host.requestUpdate();
  }

  clear(): void {
    this.rejected = [];
    this.added = 0;
    this.#save([]);
    this.#host.requestUpdate();
  }
}

/** Why a code could not be read, in the view's words. */
function reasonText(view: ScanView, params: Record<string, unknown> | undefined): string {
  const reason = (params?.['reason'] ?? 'format') as ScanCodeError;
  return view.t(`scan.code-error.${reason}`, { version: String(params?.['version'] ?? '') });
}
