/** Printing one part of a widget, shared by every widget that prints (the finder's shortlist, the scan's results, the matrix's plan). */

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
