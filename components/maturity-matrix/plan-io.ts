import type { LitElement } from 'lit';
import type { Catalogue } from '../../src/core/catalogue.js';
import type { Lang } from '../../src/core/ids.js';
import { planToCsv, planToJson, type PlanCsvRow } from '../../src/core/plan/export.js';
import type { Plan } from '../../src/core/plan/schema.js';
import type { Problem } from '../../src/core/problems.js';
import { retryableImport } from '../../src/elements/chunks.js';
import { ModalController } from '../../src/elements/dialog.js';
import type { LioErrorDetail } from '../../src/elements/events.js';
import { FILE_TYPES, downloadFile, fileName } from '../../src/elements/files.js';
import type { Translate } from '../../src/elements/messages/index.js';
import type { MessageKey } from './messages/index.js';

/** The plan import with its schema (zod): about 14 KB gzip, loaded on the first import only. */
const loadImport = retryableImport(() => import('../../src/core/plan/import.js'), import.meta.url);

type ImportModule = typeof import('../../src/core/plan/import.js');

/**
 * A plan file larger than this is refused unread: the largest valid plan (1000 actions with every
 * text at its limit) is about 2.5 MB, and parsing a far larger file would freeze the page.
 */
export const MAX_PLAN_BYTES = 4 * 1024 * 1024;

/** The CSV's columns, in the order of `PlanCsvRow`; also the print list's columns. */
export const PLAN_COLUMNS = ['level', 'phase', 'title', 'kind', 'status', 'owner', 'note', 'intervention'] as const satisfies ReadonlyArray<keyof PlanCsvRow>;

/** A refused file: what the widget shows (and `lio-error` carries). */
export interface ImportError {
  message: string;
  problems: Problem[];
}

/** A good file waiting for the visitor's choice: merge, replace or cancel. */
export interface PendingImport {
  name: string;
  plan: Plan;
}

/** What the plan's import and export need from the element. */
export interface PlanIoHost {
  readonly element: LitElement;
  /** The catalogue in use, once ready. */
  catalogue(): Catalogue | undefined;
  t: Translate<MessageKey>;
  lang(): Lang;
  plan(): Plan;
  planId(): string;
  /** Store a plan the visitor imported or merged (fires `lio-plan-change`). */
  store(plan: Plan, kind: 'import' | 'merge'): void;
  announce(text: string): void;
  error(detail: LioErrorDetail): void;
  /** A part (or the import's chunk) could not be loaded while the visitor waited for it: `lio-error` `chunk-unavailable`. */
  chunkFailed(): void;
}

/**
 * The plan's files: download as JSON (the plan format, read back by the import) or CSV (for a
 * spreadsheet), import a JSON file (checked against the catalogue in use; into a plan that has
 * actions only after the visitor chose to merge or replace). Keeps the state of a refused file and
 * of a pending import. Part of the lazily loaded io-part.ts; printing is io-loader.ts's.
 */
export class PlanIo {
  /** The last refused file, shown until the next import or until dismissed. */
  error?: ImportError;
  /** A read file waiting in the merge-or-replace dialog. */
  pending?: PendingImport;
  readonly #host: PlanIoHost;
  readonly modal: ModalController;
  /** The import chunk, once loaded: a pending import always has it, so merging is synchronous. */
  #import?: ImportModule;

  constructor(host: PlanIoHost) {
    this.#host = host;
    const root = () => host.element.renderRoot;
    this.modal = new ModalController(host.element, {
      dialog: () => root().querySelector<HTMLDialogElement>('dialog.import-dialog'),
      initialFocus: () => root().querySelector<HTMLElement>('.import-dialog .dialog-title'),
      fallbackFocus: () => root().querySelector<HTMLElement>('.title'),
      onRequestClose: () => this.cancel(),
    });
  }

  /** The file name for a download: the translated word for a plan and the plan-id, e.g. `actieplan-team-a.json`. */
  fileName(extension: 'json' | 'csv'): string {
    const id = this.#host.planId().toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
    return fileName(`${this.#host.t('matrix.io.file-name')}${id ? `-${id}` : ''}`, extension);
  }

  /** The plan as a file's text: the plan format's JSON (stamped with the time of export), or CSV in the page's language. */
  text(format: 'json' | 'csv'): string {
    const plan = this.#host.plan();
    if (format === 'json') return planToJson(plan, { updated: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
    const catalogue = this.#host.catalogue();
    if (!catalogue) return '';
    const { t } = this.#host;
    const words = {
      kinds: { catalogue: t('matrix.kind.catalogue'), own: t('matrix.kind.own') },
      statuses: { planned: t('matrix.status.planned'), running: t('matrix.status.running'), done: t('matrix.status.done') },
    };
    const headers = Object.fromEntries(PLAN_COLUMNS.map((key) => [key, t(`matrix.csv.${key}`)])) as Record<keyof PlanCsvRow, string>;
    return planToCsv(catalogue, plan, this.#host.lang(), words, headers);
  }

  download(format: 'json' | 'csv'): void {
    downloadFile(this.#host.element.renderRoot, this.fileName(format), this.text(format), FILE_TYPES[format]);
  }

  /**
   * Read a chosen or dropped file. A bad one is shown with its problems (and `lio-error`
   * `invalid-plan`) and changes nothing; a good one loads into an empty plan, or opens the
   * merge-or-replace dialog.
   */
  async importFile(file: File): Promise<void> {
    const { t } = this.#host;
    this.dismiss();
    if (file.size > MAX_PLAN_BYTES) return this.#refuse({ message: t('matrix.io.too-big', { name: file.name, size: MAX_PLAN_BYTES / 1024 / 1024 }), problems: [] });
    let parsePlan: ImportModule['parsePlan'];
    try {
      this.#import = await loadImport();
      ({ parsePlan } = this.#import);
    } catch {
      this.error = { message: t('error.chunk-unavailable'), problems: [] };
      this.#host.element.requestUpdate();
      this.#host.chunkFailed();
      return;
    }
    const catalogue = this.#host.catalogue();
    if (!catalogue) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      // A file moved or deleted after it was chosen, or one the browser may not read.
      return this.#refuse({ message: t('matrix.io.unreadable', { name: file.name }), problems: [] });
    }
    const result = parsePlan(text, catalogue);
    if (!result.ok) return this.#refuse({ message: t('matrix.io.invalid', { name: file.name }), problems: result.problems });
    if (!this.#host.plan().actions.length) {
      this.#host.store(result.value, 'import');
      this.#host.announce(t('matrix.io.loaded', { count: result.value.actions.length }));
      return;
    }
    this.modal.opening();
    this.pending = { name: file.name, plan: result.value };
    this.#host.element.requestUpdate();
  }

  #refuse(error: ImportError): void {
    this.error = error;
    this.#host.element.requestUpdate();
    this.#host.error({ code: 'invalid-plan', ...error });
  }

  /** Hide the refused file's message. */
  dismiss(): void {
    if (!this.error) return;
    this.error = undefined;
    this.#host.element.requestUpdate();
  }

  /** Merge the pending file's actions into the plan and say what was added and merged. */
  merge(): void {
    const pending = this.pending;
    if (!pending || !this.#import) return;
    const { plan, added, merged } = this.#import.mergePlans(this.#host.plan(), pending.plan);
    this.#close();
    this.#host.store(plan, 'merge');
    const { t } = this.#host;
    this.#host.announce(t('matrix.io.merged', { added: t('matrix.actions', { count: added.length }), merged: t('matrix.actions', { count: merged.length }) }));
  }

  /** Put the pending file's plan in the place of the plan. */
  replace(): void {
    const pending = this.pending;
    if (!pending) return;
    this.#close();
    this.#host.store(pending.plan, 'import');
    this.#host.announce(this.#host.t('matrix.io.loaded', { count: pending.plan.actions.length }));
  }

  /** Close the dialog without importing. */
  cancel(): void {
    this.#close();
  }

  #close(): void {
    if (!this.pending) return;
    this.pending = undefined;
    this.#host.element.requestUpdate();
    this.modal.closed();
  }
}
