// The journey page's own few lines, in a file so the page runs under a strict Content-Security-Policy
// (no inline script). Nothing here is needed by the widgets: they share their work through the
// workspace by themselves. This only helps the visitor find their way and print.

/** The step links (the numbered row, "next step"): focus to a step's heading when its link is followed. */
function followSteps() {
  // A link moves the page to its step; keyboard and screen-reader users continue from its heading,
  // not from the link they left. Focus moves once the browser has gone to the fragment (some
  // browsers reset focus while doing so), and on a link to the step already in the address too.
  const focusStep = (hash) => {
    const heading = hash.startsWith('#step-') ? document.getElementById(`${hash.slice(1)}-heading`) : null;
    heading?.focus({ preventScroll: true });
  };
  window.addEventListener('hashchange', () => focusStep(window.location.hash));
  for (const link of document.querySelectorAll('a[href^="#step-"]')) {
    link.addEventListener('click', () => {
      if (link.hash === window.location.hash) requestAnimationFrame(() => focusStep(link.hash));
    });
  }
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
