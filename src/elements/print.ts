/** Printing one part of a widget, shared by every widget that prints (the finder's shortlist, the scan's results, the matrix's plan). */

/**
 * Print one part of a widget: `data-printing="<target>"` is set on the host while the print
 * dialog is up, so the widget's `@media print` rules (`:host([data-printing='…'])`) show only that
 * part; it is removed on `afterprint`, when `after` (what else the caller set up for the print)
 * runs too.
 */
export function printPart(host: HTMLElement, target: string, after?: () => void): void {
  host.dataset['printing'] = target;
  const done = () => {
    delete host.dataset['printing'];
    after?.();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
