/** File export helpers shared by the widgets that export (shortlists, plans, scan results, journeys). */

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
