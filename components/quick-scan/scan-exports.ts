import { CSV_SEPARATORS, toCsv } from '../../src/core/csv.js';
import { localize } from '../../src/core/i18n.js';
import { scanCsvRows, scanResultJson, type ScanCsvRow, type ScanResultJson } from '../../src/core/scan.js';
import { FILE_TYPES, downloadFile, fileName } from '../../src/elements/files.js';
import { printPart } from '../../src/elements/print.js';
import type { WorkspaceController } from '../../src/elements/controllers/workspace.js';
import type { ScanView } from './views/context.js';

/** Where the opt-in submission stands. */
export interface SubmitStatus {
  consent: boolean;
  state: 'idle' | 'sending' | 'sent' | 'failed';
  /** Why the last attempt failed, in words (an HTTP status or "no connection"). */
  reason?: string;
  /** What the last copy did, for the message beside the code. */
  copied?: 'copied' | 'failed';
}

/** What the quick scan's helpers need from the element. */
export interface ScanHost {
  readonly element: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
  shared(): WorkspaceController;
  view(): ScanView | undefined;
  announce(text: string): void;
  requestUpdate(): void;
}

/**
 * What the visitor does with a result: keep recommendations on the shortlist, show them in the
 * finder, print, download CSV or JSON, copy or download the result code, and (opt-in) send the
 * anonymous result to the site's `submit-url`.
 */
export class ScanExports {
  status: SubmitStatus = { consent: false, state: 'idle' };
  readonly #host: ScanHost;

  constructor(host: ScanHost) {
    this.#host = host;
  }

  #view(): ScanView | undefined {
    return this.#host.view();
  }

  resetSubmit(): void {
    this.status = { consent: false, state: 'idle' };
  }

  /** The result as the anonymous JSON object: `lio-scan-complete`'s detail, the element's `result`, the JSON download and the POST. */
  result(view: ScanView): ScanResultJson {
    const { progress } = view;
    return scanResultJson(view.set, view.scores, { answers: progress.answers, ...(progress.role && { role: progress.role }), ...(progress.phase && { phase: progress.phase as never }) });
  }

  /** Put a recommended intervention on the shortlist, or take it off (the same list as the finder's "Mijn selectie"). */
  toggleSaved(id: string): void {
    const view = this.#view();
    const item = view?.catalogue.interventionById.get(id);
    if (!view || !item) return;
    const saved = view.shortlist.includes(id);
    const shared = this.#host.shared();
    if (saved) shared.remove('shortlist', id);
    else shared.add('shortlist', id);
    this.#host.announce(view.t(saved ? 'scan.removed-note' : 'scan.saved-note', { title: localize(item.title, view.lang) }));
  }

  /** A finder on the same page (same workspace) filters to `factor`. */
  showInFinder(factor: string): void {
    const view = this.#view();
    if (!view) return;
    this.#host.shared().set('focus', { factor, level: view.catalogue.factorById.get(factor)?.level ?? '' });
    this.#host.announce(view.t('scan.shown-in-finder', { factor: localize(view.catalogue.factorById.get(factor)?.title ?? factor, view.lang) }));
  }

  print(): void {
    printPart(this.#host.element, 'results');
  }

  /** The result as CSV (one row per factor) or JSON (the `lio-scan-complete` object). */
  text(format: 'csv' | 'json'): string {
    const view = this.#view();
    if (!view) return '';
    if (format === 'json') return `${JSON.stringify(this.result(view), null, 2)}\n`;
    const { t, lang } = view;
    const verdicts = { strength: t('scan.verdict.strength'), improvement: t('scan.verdict.improvement'), neutral: t('scan.verdict.neutral'), 'not-scored': t('scan.verdict.not-scored') };
    const headers = Object.fromEntries((['level', 'factor', 'score', 'scored', 'statements', 'verdict'] as const).map((key) => [key, t(`scan.csv.${key}`)])) as Record<keyof ScanCsvRow, string>;
    return toCsv(scanCsvRows(view.catalogue, view.scores, lang, verdicts), headers, CSV_SEPARATORS[lang]);
  }

  download(format: 'csv' | 'json'): void {
    const view = this.#view();
    if (view) downloadFile(this.#host.element.renderRoot, fileName(view.t('scan.file-name'), format), this.text(format), FILE_TYPES[format]);
  }

  /** The result code, and a link that opens it in the team view (`#lio-scan=…`). */
  code(): { code: string; link: string } {
    const view = this.#view();
    const code = view ? this.result(view).code : '';
    const url = new URL(location.href);
    url.hash = `lio-scan=${code}`;
    return { code, link: url.href };
  }

  async copy(what: 'code' | 'link'): Promise<void> {
    const { code, link } = this.code();
    try {
      await navigator.clipboard.writeText(what === 'code' ? code : link);
      this.status = { ...this.status, copied: 'copied' };
    } catch {
      // No clipboard (an insecure page, a refused permission): the code stays selectable in its field.
      this.status = { ...this.status, copied: 'failed' };
      this.#host.element.renderRoot.querySelector<HTMLInputElement>('.code-field')?.select();
    }
    this.#host.requestUpdate();
  }

  downloadCode(): void {
    const view = this.#view();
    if (view) downloadFile(this.#host.element.renderRoot, fileName(view.t('scan.code-label'), 'txt'), `${this.code().code}\n`, 'text/plain;charset=utf-8');
  }

  consent(given: boolean): void {
    this.status = { ...this.status, consent: given };
    this.#host.requestUpdate();
  }

  /** POST the anonymous result to `submit-url`, only after consent; a failure keeps everything and offers a retry. */
  async submit(): Promise<void> {
    const view = this.#view();
    if (!view || !view.submitUrl || !this.status.consent || this.status.state === 'sending') return;
    this.status = { ...this.status, state: 'sending' };
    this.#host.requestUpdate();
    let reason: string | undefined;
    try {
      const response = await fetch(view.submitUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(this.result(view)),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (!response.ok) reason = `HTTP ${response.status}`;
    } catch {
      reason = view.t('scan.no-connection');
    }
    this.status = { ...this.status, state: reason ? 'failed' : 'sent', ...(reason && { reason }) };
    this.#host.announce(reason ? view.t('scan.submit-failed', { reason }) : view.t('scan.submitted'));
    this.#host.requestUpdate();
  }
}
