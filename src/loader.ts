/**
 * The script-tag entry `lio.js`: a loader of about 1.5 KB that defines each lio-widgets element the
 * first time its tag appears: in the document (before or after this script runs), inside the
 * shadow root of another lio-widgets element, or in a root the host hands to `discover()`.
 *
 * Each element is a static `import()`, so the build emits one chunk per element that loads
 * relative to this script's own URL (any CDN path, query string or redirect). The loader imports
 * nothing statically: the shared runtime comes with the first element chunk.
 *
 * Safe to load twice or next to another version: the first loader on the page handles a tag; a
 * later one of the same version does nothing, one of another version logs one warning per tag it
 * leaves to the first (the same rule as `LioElement.define`).
 *
 * When an element's chunk cannot be loaded (network error, a redeploy that renamed the hashes),
 * the undefined element shows a short translated notice with a retry button in its light DOM and
 * fires `lio-error` (`chunk-unavailable`); the retry, a later `discover()` or a new tag asks for
 * the chunk again under a fresh URL.
 */
declare const __LIO_VERSION__: string | undefined;

type Load = () => Promise<unknown>;

// Vite wraps each `import()` below in `__vitePreload`, normally imported from a module that the
// runtime chunk shares; a local definition keeps the loader free of any static import.
const __vitePreload = (load: Load) => load();
void __vitePreload;

/**
 * The elements this version knows, in the order their chunks are asked for: `<lio-catalogue>`
 * first, so a provider is usually defined before the widgets inside it (a widget that is defined
 * first waits for the `<lio-catalogue>` around it anyway; see `CatalogueController`).
 */
const ELEMENTS: Record<string, Load> = {
  'lio-catalogue': () => import('../components/catalogue/lio-catalogue.js'),
  'lio-intervention-finder': () => import('../components/intervention-finder/lio-intervention-finder.js'),
  'lio-quick-scan': () => import('../components/quick-scan/lio-quick-scan.js'),
  'lio-model-diagram': () => import('../components/model-diagram/lio-model-diagram.js'),
  'lio-maturity-matrix': () => import('../components/maturity-matrix/lio-maturity-matrix.js'),
  'lio-journey-share': () => import('../components/journey-share/lio-journey-share.js'),
};

const VERSION = typeof __LIO_VERSION__ === 'string' ? __LIO_VERSION__ : '0.0.0-dev';
const TAGS = Object.keys(ELEMENTS);
const SELECTOR = TAGS.join(',');
const NOTICE = 'data-lio-loader-notice';
const TEXT = {
  nl: ['Dit onderdeel kon niet worden geladen.', 'Opnieuw proberen'],
  en: ['This part of the page could not be loaded.', 'Try again'],
} as const;

/** What every loader on the page shares: which version handles each tag, and how to scan a root. */
interface LoaderRegistry {
  owners: Map<string, string>;
  scanners: Array<(root: ParentNode) => Promise<void>>;
}

const registry: LoaderRegistry = ((globalThis as unknown as Record<symbol, LoaderRegistry>)[Symbol.for('lio-widgets:loader@1')] ??= {
  owners: new Map(),
  scanners: [],
});

const warn = (tag: string, other: string, how: string) =>
  console.warn(`[lio-widgets] <${tag}> is already ${how} by version ${other}; version ${VERSION} is not registered, the page keeps the first one.`);

/** The tags this loader handles: those no earlier loader claimed. */
const mine = new Set(
  TAGS.filter((tag) => {
    const owner = registry.owners.get(tag);
    if (owner === undefined) registry.owners.set(tag, VERSION);
    else if (owner !== VERSION) warn(tag, owner, 'handled by the loader of');
    return owner === undefined;
  }),
);

const pending = new Map<string, Promise<boolean>>();
const attempts = new Map<string, number>();
const warned = new Set<string>();
const notices = new Map<string, Set<Element>>();
const watched = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) void scan(node);
  }
});

/**
 * A first attempt uses the bundler's `import()`. A retry asks for the same chunk under a new URL,
 * because Chromium and Firefox answer a module URL that failed once with the same failure for the
 * rest of the page's life. The chunk's path is the literal the build wrote into `load`. (The same
 * rule as `retryableImport` in src/elements/chunks.ts, repeated here so the loader imports nothing.)
 */
function importChunk(load: Load, attempt: number): Promise<unknown> {
  const path = attempt ? /import\(\s*["'`]([^"'`]+)["'`]/.exec(String(load))?.[1] : undefined;
  return path ? import(/* @vite-ignore */ `${new URL(path, import.meta.url).href}?retry=${attempt}`) : load();
}

/** Load the chunk of `tag` once; resolves `false` (never rejects) when it failed. */
function register(tag: string): Promise<boolean> {
  const defined = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (defined) {
    if (defined.version !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      warn(tag, defined.version ?? 'unknown', 'defined');
    }
    return Promise.resolve(true);
  }
  let loading = pending.get(tag);
  if (!loading) {
    const attempt = attempts.get(tag) ?? 0;
    loading = importChunk(ELEMENTS[tag]!, attempt).then(
      () => true,
      () => {
        attempts.set(tag, attempt + 1);
        return false;
      },
    );
    // A failure is not kept: the next scan of the tag tries again.
    void loading.then(() => pending.delete(tag));
    pending.set(tag, loading);
  }
  return loading;
}

/** Follow tags added to `root` later on. */
function observe(root: Node): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

/** Follow the open shadow root of a defined lio-widgets element, for the tags it renders. */
function watch(element: Element): void {
  const root = element.shadowRoot;
  if (!root || watched.has(root)) return;
  observe(root);
  void scan(root);
}

/** Define every lio-widgets tag in `root` (and `root` itself) that this loader handles. */
function scan(root: ParentNode): Promise<void> {
  const found = [...root.querySelectorAll(SELECTOR)];
  if (root instanceof Element && ELEMENTS[root.localName]) found.unshift(root);
  found.sort((a, b) => TAGS.indexOf(a.localName) - TAGS.indexOf(b.localName));
  return Promise.all(
    found.map(async (element) => {
      const tag = element.localName;
      if (!customElements.get(tag)) {
        // Another loader handles it; follow its shadow root once that one defines it.
        if (!mine.has(tag)) return void customElements.whenDefined(tag).then(() => watch(element));
        if (!(await register(tag))) return showNotice(element, tag);
      }
      removeNotices(tag);
      watch(element);
    }),
  ).then(() => undefined);
}

function langOf(element: Element): keyof typeof TEXT {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
  }
  return 'nl';
}

/** The visitor's view of a failed chunk: a notice with a retry button, and `lio-error` for the host. */
function showNotice(element: Element, tag: string): void {
  if (customElements.get(tag) || element.querySelector(`:scope > [${NOTICE}]`)) return;
  const [message, retry] = TEXT[langOf(element)];
  const notice = document.createElement('p');
  notice.setAttribute(NOTICE, tag);
  notice.setAttribute('role', 'alert');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = retry;
  button.addEventListener('click', () => {
    const hosts = [...(notices.get(tag) ?? [])].map((each) => each.parentElement);
    removeNotices(tag);
    for (const host of hosts) if (host) void scan(host);
  });
  notice.append(message, ' ', button);
  element.prepend(notice);
  let shown = notices.get(tag);
  if (!shown) notices.set(tag, (shown = new Set()));
  shown.add(notice);
  element.dispatchEvent(new CustomEvent('lio-error', { bubbles: true, composed: true, detail: { code: 'chunk-unavailable', message, problems: [] } }));
}

function removeNotices(tag: string): void {
  for (const notice of notices.get(tag) ?? []) notice.remove();
  notices.delete(tag);
}

/**
 * Define the lio-widgets elements inside `root`, and follow tags added to it later: for roots the
 * loader cannot see by itself, such as a host's own (open or closed) shadow root. The document,
 * and the shadow roots of lio-widgets elements, are followed automatically. Resolves when every
 * tag found is defined or has failed (a failed element shows a notice with a retry button);
 * never rejects.
 */
export function discover(root: ParentNode): Promise<void> {
  return Promise.all(registry.scanners.map((scanRoot) => scanRoot(root))).then(() => undefined);
}

if (mine.size) {
  registry.scanners.push((root) => {
    observe(root as Node);
    return scan(root);
  });
  observe(document);
  void scan(document);
}
