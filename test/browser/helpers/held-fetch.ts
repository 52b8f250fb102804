/**
 * Hold requests for one URL until the test releases them, so that a "still loading" state can be
 * asserted for certain instead of only when the network happens to be slow.
 */
export interface HeldFetch {
  /** Resolves when the held URL has been requested. */
  requested: Promise<void>;
  /** Let the held requests go on to the network. */
  release(): void;
  /** Put the real fetch back (also releases). */
  restore(): void;
}

/** Replace `window.fetch`: requests whose URL ends with `suffix` wait for `release()`. */
export function holdFetch(suffix: string): HeldFetch {
  const realFetch = window.fetch;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let requested!: () => void;
  const asked = new Promise<void>((resolve) => (requested = resolve));
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url, document.baseURI).pathname.endsWith(suffix)) {
      requested();
      await gate;
    }
    return realFetch(input, init);
  };
  return {
    requested: asked,
    release,
    restore() {
      release();
      window.fetch = realFetch;
    },
  };
}
