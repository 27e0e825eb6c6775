import type { IoRedisClientLike, NodeRedisClientLike, RedisClientLike } from '../types/redis-store.js';

/** Sends one command (name and arguments as strings) and resolves its reply. */
export type SendCommand = (args: string[]) => Promise<unknown>;

/** A command sender for either client, told apart by shape: only ioredis has `call`. */
export function commandSender(client: RedisClientLike): SendCommand {
  if (typeof (client as IoRedisClientLike | null)?.call === 'function') {
    const io = client as IoRedisClientLike;
    return ([name, ...args]) => io.call(name!, ...args);
  }
  if (typeof (client as NodeRedisClientLike | null)?.sendCommand === 'function') {
    const nodeRedis = client as NodeRedisClientLike;
    return (args) => nodeRedis.sendCommand(args);
  }
  throw new TypeError('createRedisReplayStore: expected a node-redis (v4/v5) or ioredis client.');
}

/**
 * Runs a Lua script by its SHA-1 (`EVALSHA`), loading it once with `SCRIPT LOAD`. When the server does
 * not know the script (restarted, flushed, or another node of a cluster), `EVAL` runs and caches it.
 */
export function scriptRunner(
  send: SendCommand,
  script: string,
): (keys: string[], args: string[]) => Promise<unknown> {
  let loading: Promise<string> | undefined;
  const load = () => {
    loading ??= send(['SCRIPT', 'LOAD', script]).then(String, (error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return async (keys, args) => {
    const counted = [String(keys.length), ...keys, ...args];
    try {
      return await send(['EVALSHA', await load(), ...counted]);
    } catch (error) {
      if (!String((error as Error | null)?.message).startsWith('NOSCRIPT')) throw error;
      return send(['EVAL', script, ...counted]);
    }
  };
}
