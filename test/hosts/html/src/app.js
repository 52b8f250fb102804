// @ts-check
/**
 * The page's own script: gives the widgets the page's catalogue as a property and keeps what their
 * events say in the page. Type-checked with `tsc` (checkJs) against the package's declarations.
 */
import { hostCatalogue } from './catalogue.js';

/**
 * Write a value into one of the page's `<output>` elements, as text.
 * @param {string} id
 * @param {string} value
 */
function show(id, value) {
  const output = document.getElementById(id);
  if (output) output.textContent = value;
}

const catalogue = document.querySelector('lio-catalogue');
const finder = document.querySelector('lio-intervention-finder');
const matrix = document.querySelector('lio-maturity-matrix');
if (!catalogue || !finder || !matrix) throw new Error('the page lost one of its widgets');

// The event types come from the package: `event.detail` is a LioCatalogueReadyDetail, and so on.
catalogue.addEventListener('lio-catalogue-ready', (event) => show('catalogue-state', event.detail.origin === 'property' ? 'ready' : event.detail.origin));
finder.addEventListener('lio-shortlist-change', (event) => {
  show('shortlist', event.detail.ids.length ? event.detail.ids.join(', ') : 'empty');
  show('added', event.detail.added ?? 'none');
});
matrix.addEventListener('lio-plan-change', (event) => {
  const items = event.detail.plan.actions.map((action) => action.intervention ?? action.title ?? action.id);
  show('plan', items.length ? items.join(', ') : 'empty');
});
// Set after the listeners, so the ready event cannot be missed; before or after the element is defined alike.
catalogue.catalogue = hostCatalogue('HTML');
