// The script-tag build has no types of its own: the package's declarations add the lio-* elements
// to `document.querySelector` and their events to `addEventListener`.
import type {} from 'lio-widgets';
