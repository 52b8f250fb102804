import { createContext } from '@lit/context';
import type { Catalogue } from '../core/catalogue.js';
import type { Problem } from '../core/problems.js';
import type { LioErrorCode } from './events.js';

/** The catalogue as seen by widgets: loading, ready or failed. */
export type CatalogueState =
  | { status: 'loading' }
  | { status: 'ready'; catalogue: Catalogue }
  | { status: 'error'; code: LioErrorCode; problems: Problem[]; url?: string };

/**
 * Context key for the catalogue. A string, not a symbol, so that a provider and a consumer from
 * two separately built bundles on one page still find each other.
 */
export const catalogueContext = createContext<CatalogueState>('lio-widgets/catalogue@1');
