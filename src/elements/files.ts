/** File export and print helpers shared by every widget (shortlists, plans, scan results). */

/** MIME types of the formats widgets export. */
export const FILE_TYPES = { csv: 'text/csv;charset=utf-8', json: 'application/json' } as const;

/** A file name from a translated label: `"Mijn selectie"` + `csv` → `"mijn-selectie.csv"`. */
export function fileName(label: string, extension: string): string {
  return `${label.trim().toLowerCase().replace(/\s+/g, '-')}.${extension}`;
}

/**
 * Save `text` as a file named `name`: a hidden blob link inside `root` (the widget's shadow root,
 * so nothing is added to the host page's DOM) is clicked and removed. The blob URL is revoked once
 * the browser has had time to start the download.
 */
export function downloadFile(root: Element | ShadowRoot | DocumentFragment, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Print one part of a widget: `data-printing="<target>"` is set on the host while the print
 * dialog is up, so the widget's `@media print` rules (`:host([data-printing='…'])`) show only that
 * part; it is removed on `afterprint`.
 */
export function printPart(host: HTMLElement, target: string): void {
  host.dataset['printing'] = target;
  const done = () => {
    delete host.dataset['printing'];
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
