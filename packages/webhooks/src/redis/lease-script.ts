/**
 * The state machine of one event, run atomically by Redis. The key is absent (new), holds
 * `lease:<owner>` while that owner processes the event (expiring after the lease), or `done` (expiring
 * after the TTL). Every transition checks the owner inside the same script, so two instances can never
 * both hold or complete an event, and an owner whose lease ran out cannot overwrite the one that took
 * over.
 *
 * KEYS[1] the event's key; ARGV[1] the operation; ARGV[2] the owner; ARGV[3] milliseconds (PX).
 * - `acquire`: `{0, 0}` acquired, `{1, pttl}` processing by another owner, `{2, 0}` done.
 * - `complete`: 1 when marked done (the owner held the lease, or nobody did), else 0.
 * - `release`: 1 when the owner's lease was deleted, else 0.
 */
export const LEASE_SCRIPT = `
local value = redis.call('GET', KEYS[1])
local lease = 'lease:' .. ARGV[2]
if ARGV[1] == 'acquire' then
  if not value then
    redis.call('SET', KEYS[1], lease, 'PX', ARGV[3])
    return {0, 0}
  end
  if string.sub(value, 1, 6) == 'lease:' then
    return {1, redis.call('PTTL', KEYS[1])}
  end
  return {2, 0}
end
if ARGV[1] == 'complete' then
  if value and value ~= lease then
    return 0
  end
  redis.call('SET', KEYS[1], 'done', 'PX', ARGV[3])
  return 1
end
if ARGV[1] == 'release' then
  if value ~= lease then
    return 0
  end
  redis.call('DEL', KEYS[1])
  return 1
end
return redis.error_reply('unknown operation ' .. tostring(ARGV[1]))
`;
