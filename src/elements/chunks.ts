/**
 * Lazy chunks that can be retried. A failed `import()` is not kept, and the next attempt asks for
 * the chunk under a new URL (`?retry=N`, resolved against the importing module's own URL): Chromium
 * and Firefox answer a module URL that failed once with the same failure for the rest of the
 * page's life, so retrying the same URL would never reach the network. The retried module is a new
 * instance, which is harmless because the failed one never ran.
 *
 * A module the bundler put inside a shared chunk (the page workspace) is imported as that chunk
 * and read from one of its exports, `import("./workspace-….js").then(m => m.w)`: a retry reads
 * the same export, so it asks for the chunk itself again, not a re-exporting chunk that would
 * import the failed URL once more.
 */

/**
 * Wrap `load` (a function whose body is one literal `import('…')`) so that calling the result
 * loads the chunk once, shares a pending load, and after a failure tries again on the next call.
 * Pass the calling module's `import.meta.url`: the built `import()` path is relative to it.
 */
export function retryableImport<T>(load: () => Promise<T>, base: string): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  let attempt = 0;
  return () => {
    if (!loaded) {
      const [, path, , name] = (attempt && /import\(\s*["'`]([^"'`]+)["'`]\s*\)(?:\.then\(\s*\(?(\w+)\)?\s*=>\s*\2\.(\w+)\s*\))?/.exec(String(load))) || [];
      const current = path
        ? (import(/* @vite-ignore */ `${new URL(path, base).href}?retry=${attempt}`).then((module: Record<string, unknown>) => (name ? module[name] : module)) as Promise<T>)
        : load();
      loaded = current.catch((error: unknown) => {
        loaded = undefined;
        attempt++;
        throw error;
      });
    }
    return loaded;
  };
}
