import type { CallState } from './call.js';
import { checkHeaders } from './check-headers.js';
import type { EngineConfig } from './engine-config.js';
import type { Hooks } from './hooks.js';
import { abortError } from './outcomes.js';

/** Runs a hook; a throwing hook is logged and ignored (instrumentation must not break payments). */
export async function runHook(
  config: EngineConfig,
  name: keyof Hooks,
  run: () => void | Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    config.logger.warn(`hook ${name} threw; ignored`, {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Runs a hook of a call in progress under the call's deadline: a hook that never settles cannot
 * keep the call pending past its `timeout` or the caller's signal (the call then rejects with the
 * timeout or abort error).
 */
export async function guardedHook(
  state: CallState,
  name: keyof Hooks,
  run: () => void | Promise<void>,
): Promise<void> {
  const { deadline, idempotencyKey } = state;
  try {
    await deadline.race(runHook(state.config, name, run));
  } catch (cause) {
    throw abortError(deadline, idempotencyKey, cause);
  }
}

/**
 * Runs `onRequest` on a copy of the headers without the authentication headers (hooks may add
 * headers but never see the key), then merges the result back over the auth headers.
 */
export async function headersFromHook(state: CallState, attempt: number): Promise<Record<string, string>> {
  const { config, call, idempotencyKey } = state;
  const visible: Record<string, string> = {};
  const hidden: Record<string, string> = {};
  for (const name of Object.keys(state.headers)) {
    // Every authentication header stays out of the hook's sight, the client's own and one passed
    // per call alike; hidden ones are put back afterwards.
    if (config.credentials.names.has(name)) hidden[name] = state.headers[name] as string;
    else visible[name] = state.headers[name] as string;
  }
  await guardedHook(state, 'onRequest', () =>
    config.hooks.onRequest?.({
      method: call.method,
      url: call.url,
      headers: visible,
      attempt,
      idempotencyKey,
    }),
  );
  const merged: Record<string, string> = { ...hidden };
  for (const name of Object.keys(visible)) merged[name.toLowerCase()] = visible[name] as string;
  // The key is fixed once per call: a hook changing or dropping it is ignored, or two attempts of
  // one mutation could each be taken for a new one.
  if (idempotencyKey !== undefined) merged[config.idempotencyHeader] = idempotencyKey;
  else delete merged[config.idempotencyHeader];
  checkHeaders(merged, 'onRequest hook');
  return merged;
}
