/**
 * Counts what a component can leak when it is connected and disconnected: event listeners on
 * live targets (window, document, connected nodes, channels), pending timers, active observers
 * and open BroadcastChannels. Install before the cycles, read `snapshot()` before and after.
 */
type Listener = EventListenerOrEventListenerObject;

export interface LeakSnapshot {
  listeners: number;
  timers: number;
  intervals: number;
  observers: number;
  channels: number;
}

const listeners = new Map<EventTarget, Map<string, Set<Listener>>>();
const timers = new Set<number>();
const intervals = new Set<number>();
const observers = new Set<object>();
const channels = new Set<BroadcastChannel>();
let installed = false;

const captureOf = (options?: boolean | AddEventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);

export function installLeakProbe(): void {
  if (installed) return;
  installed = true;
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
    if (listener) {
      const key = `${type}|${captureOf(options)}`;
      let byType = listeners.get(this);
      if (!byType) listeners.set(this, (byType = new Map()));
      let set = byType.get(key);
      if (!set) byType.set(key, (set = new Set()));
      if (typeof options === 'object' && options.once) {
        // A once-listener removes itself when it fires; stop counting it then. The bookkeeping
        // listener is added with the original method, so it is not counted itself.
        const entries = set;
        add.call(this, type, () => entries.delete(listener), { once: true, capture: captureOf(options) });
      }
      set.add(listener);
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
    if (listener) listeners.get(this)?.get(`${type}|${captureOf(options)}`)?.delete(listener);
    return remove.call(this, type, listener, options);
  };

  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id: number = st(
      (...a: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') handler(...a);
      },
      timeout,
      ...args,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    ct(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = si(handler, timeout, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    ci(id);
  }) as typeof window.clearInterval;

  for (const Observer of [MutationObserver, ResizeObserver, IntersectionObserver] as const) {
    const proto = Observer.prototype as { observe: (...a: unknown[]) => void; disconnect: () => void };
    const observe = proto.observe;
    const disconnect = proto.disconnect;
    proto.observe = function (this: object, ...a: unknown[]) {
      observers.add(this);
      return observe.apply(this, a);
    };
    proto.disconnect = function (this: object) {
      observers.delete(this);
      return disconnect.call(this);
    };
  }

  const Channel = window.BroadcastChannel;
  window.BroadcastChannel = class extends Channel {
    constructor(name: string) {
      super(name);
      channels.add(this);
    }
    override close() {
      channels.delete(this);
      super.close();
    }
  };
}

function live(target: EventTarget): boolean {
  if (target === window || target === document) return true;
  if (target instanceof Node) return target.isConnected;
  return target instanceof BroadcastChannel ? channels.has(target) : true;
}

export function snapshot(): LeakSnapshot {
  let listenerCount = 0;
  for (const [target, byType] of listeners) {
    if (!live(target)) continue;
    for (const set of byType.values()) listenerCount += set.size;
  }
  return { listeners: listenerCount, timers: timers.size, intervals: intervals.size, observers: observers.size, channels: channels.size };
}
