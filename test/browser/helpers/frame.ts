/** Load a page in a same-origin iframe and wait until `ready(window)` holds. */
export async function loadFrame(url: string, ready: (win: Window & Record<string, unknown>) => boolean, timeout = 15_000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'test page';
  frame.src = url;
  document.body.append(frame);
  await new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
  });
  const win = frame.contentWindow as Window & Record<string, unknown>;
  await waitFor(() => ready(win), `${url} to be ready`, timeout);
  return frame;
}

/** Poll until `condition()` is true; fail with a readable message after `timeout` ms. */
export async function waitFor(condition: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Resolve on the next `name` event dispatched at `target`. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, name: string, timeout = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(`no ${name} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      name,
      (event) => {
        window.clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Add a module script to a page; resolves once it has run. */
export function addModuleScript(doc: Document, src: string): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const ran = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
  });
  doc.head.append(script);
  return ran;
}

let routes = 0;
/**
 * A path prefix under which the test server (web-test-runner.config.mjs) breaks some files:
 * `fail-<n>-<name>` answers 503 to the first n requests of files whose name starts with `name`,
 * `slow-<ms>-<name>` delays them. Each call gives a fresh prefix, so counts never carry over.
 */
export const brokenRoute = (rule: string): string => `/__lio/t${Date.now()}-${routes++}/${rule}`;

/** The URLs a page has fetched whose path matches `pattern` (resource timing entries). */
export function requestedUrls(win: Window, pattern: RegExp): URL[] {
  return (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => new URL(entry.name)).filter((url) => pattern.test(url.pathname));
}

/** The paths requested so far under a `brokenRoute` prefix, also those still held (`hold-<n>-<name>`). */
export async function routeRequests(prefix: string): Promise<string[]> {
  return (await fetch(`/__lio/${prefix.split('/')[2]}/requests`)).json() as Promise<string[]>;
}

/**
 * Wait until `requests` (the paths of a part under a `brokenRoute` prefix) holds one, failing with
 * a readable message naming `what` after `timeout` ms rather than hanging the test file.
 */
export async function requested(requests: () => Promise<string[]>, what: string, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!(await requests()).length) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what} to be requested`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Watch `element.updateComplete` from now: the function says whether it has resolved yet (for "updateComplete waits for the part"). */
export function watchUpdate(element: { readonly updateComplete: Promise<unknown> }): () => boolean {
  let settled = false;
  void element.updateComplete.then(() => (settled = true));
  return () => settled;
}

/** Let the requests held under a `brokenRoute('hold-<n>-<name>')` prefix go on. */
export async function releaseRoute(prefix: string): Promise<void> {
  await fetch(`/__lio/${prefix.split('/')[2]}/release`);
}
