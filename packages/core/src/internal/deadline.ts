import { type Expirable, unwatchDeadline, watchDeadline } from './deadline-scheduler.js';

/** Why a call's deadline fired. */
export type AbortCause = 'timeout' | 'user';

/**
 * The minimal abort-signal surface the Node transports accept (undici's `signal` option takes an
 * EventTarget- or EventEmitter-like object; the node:http transport only adds a listener). Lets the Node fast path skip creating an `AbortSignal` per call,
 * which costs more than the rest of the engine's bookkeeping together.
 */
export interface AbortLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * One call's deadline: fires when `timeout` ms pass or the caller's signal fires, whichever comes
 * first, and remembers which, so the engine can throw the right error. It is itself an
 * {@link AbortLike}; a real `AbortSignal` is created only if something asks for {@link signal}.
 */
export class Deadline implements AbortLike, Expirable {
  /** The budget this deadline was created with, in ms. */
  readonly timeout: number;
  readonly expiresAt: number;
  aborted = false;
  reason: unknown = undefined;
  /** What fired, or undefined while nothing has. */
  cause: AbortCause | undefined = undefined;
  /** The caller's abort reason, when the caller aborted. */
  userReason: unknown = undefined;
  #listeners: Array<() => void> | undefined;
  #controller: AbortController | undefined;
  #abortedPromise: Promise<never> | undefined;
  #watched = false;
  #userSignal: AbortSignal | undefined;
  #onUserAbort: (() => void) | undefined;

  constructor(timeout: number, userSignal?: AbortSignal) {
    this.timeout = timeout;
    this.expiresAt = Date.now() + timeout;
    if (userSignal !== undefined) {
      if (userSignal.aborted) {
        this.#fire('user', userSignal.reason);
        return;
      }
      this.#userSignal = userSignal;
      this.#onUserAbort = () => this.#fire('user', userSignal.reason);
      userSignal.addEventListener('abort', this.#onUserAbort, { once: true });
    }
    this.#watched = true;
    watchDeadline(this);
  }

  /** Called by the scheduler when the deadline passes. */
  expire(): void {
    this.#watched = false;
    this.#fire('timeout', undefined);
  }

  /** A standard `AbortSignal` mirroring this deadline, for fetch and custom transports. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.aborted) this.#controller.abort(this.reason);
    }
    return this.#controller.signal;
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    if (this.#listeners === undefined) this.#listeners = [listener];
    else this.#listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const index = this.#listeners?.indexOf(listener) ?? -1;
    if (index >= 0) this.#listeners?.splice(index, 1);
  }

  /** Milliseconds left before the deadline (never negative). */
  remaining(now: number = Date.now()): number {
    return Math.max(0, this.expiresAt - now);
  }

  /**
   * Settles like `promise`, or rejects with the abort reason as soon as the deadline fires, so a
   * transport that ignores its signal still cannot hang a call.
   */
  race<T>(promise: Promise<T>): Promise<T> {
    if (this.#abortedPromise === undefined) {
      this.#abortedPromise = new Promise<never>((_resolve, reject) => {
        if (this.aborted) reject(this.reason);
        else this.addEventListener('abort', () => reject(this.reason));
      });
      this.#abortedPromise.catch(() => undefined); // observed by the race; never "unhandled"
    }
    promise.catch(() => undefined); // a loser rejecting after the deadline must not surface as unhandled
    return Promise.race([promise, this.#abortedPromise]);
  }

  /** Waits `ms`, rejecting with the abort reason early if the deadline fires. */
  sleep(ms: number): Promise<void> {
    if (this.aborted) return Promise.reject(this.reason);
    if (ms <= 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(this.reason);
      };
      const timer = setTimeout(() => {
        this.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      this.addEventListener('abort', onAbort);
    });
  }

  /** Stops the deadline's clock and releases the listener on the caller's signal. Call once the call settles. */
  dispose(): void {
    if (this.#watched) {
      this.#watched = false;
      unwatchDeadline(this);
    }
    if (this.#onUserAbort !== undefined) this.#userSignal?.removeEventListener('abort', this.#onUserAbort);
  }

  #fire(cause: AbortCause, userReason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.cause = cause;
    this.userReason = userReason;
    this.reason =
      cause === 'user' && userReason !== undefined
        ? userReason
        : new DOMException(
            cause === 'timeout' ? 'The deadline passed.' : 'Aborted.',
            cause === 'timeout' ? 'TimeoutError' : 'AbortError',
          );
    this.dispose();
    const listeners = this.#listeners;
    this.#listeners = undefined;
    if (listeners !== undefined) {
      for (const listener of listeners) {
        try {
          listener();
        } catch {
          // A listener (the transport's) that throws must not keep the others from hearing the abort.
        }
      }
    }
    this.#controller?.abort(this.reason);
  }
}
