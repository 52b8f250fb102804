/**
 * What `<lio-journey-share>` loads on first use: reading a journey file or link (the journey
 * format's zod schemas, with the plan's) and making a link (compression, base64url). A core
 * module, imported lazily by the element, so the bundler keeps it and what it shares with the
 * matrix's plan import (zod, the plan schema) out of every element's first load.
 */
export { parseJourney } from './read.js';
export { decodeJourneyLink, encodeJourneyLink } from './link.js';
