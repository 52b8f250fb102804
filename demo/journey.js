// The journey page's own few lines, in a file so the page runs under a strict Content-Security-Policy
// (no inline script). Nothing here is needed by the widgets: they share their work through the
// workspace by themselves. This only helps the visitor find their way and print.

/** The step links (the numbered row, "next step"): to the step, focus on its heading. */
function followSteps() {
  // Keyboard and screen-reader users continue from the step's heading, not from the link they
  // left. The page goes there itself rather than leaving it to the browser's fragment navigation,
  // which resets focus at its own moment in some browsers (Firefox), after ours. The address still
  // gets the step's fragment, so a reload or a shared link opens the page at that step.
  const headingOf = (hash) => (hash.startsWith('#step-') ? document.getElementById(`${hash.slice(1)}-heading`) : null);
  for (const link of document.querySelectorAll('a[href^="#step-"]')) {
    link.addEventListener('click', (event) => {
      const heading = headingOf(link.hash);
      if (!heading) return;
      event.preventDefault();
      if (window.location.hash !== link.hash) window.history.pushState(window.history.state, '', link.hash);
      heading.closest('section')?.scrollIntoView({ block: 'start' });
      heading.focus({ preventScroll: true });
    });
  }
  // Back and forward between steps: the same.
  window.addEventListener('hashchange', () => headingOf(window.location.hash)?.focus());
}

/** "Rapport afdrukken": the browser's own print, the same as Ctrl+P; journey.css makes it the report. */
function connectPrint() {
  for (const button of document.querySelectorAll('[data-journey-print]')) {
    button.addEventListener('click', () => window.print());
  }
}

/**
 * The finder in the report: its shortlist, not the search page. The finder's own print mode for its
 * shortlist (the one its "Afdrukken" in "Mijn selectie" uses) is switched on for the page's print,
 * unless the finder is already printing a part of its own (a detail). journey.css shows the
 * shortlist panel in print even when it is closed on screen.
 */
function printFinderShortlist() {
  const finder = document.getElementById('finder');
  if (!finder) return;
  let ours = false;
  window.addEventListener('beforeprint', () => {
    if (finder.dataset.printing) return;
    finder.dataset.printing = 'shortlist';
    ours = true;
  });
  window.addEventListener('afterprint', () => {
    if (ours) delete finder.dataset.printing;
    ours = false;
  });
}

followSteps();
connectPrint();
printFinderShortlist();
