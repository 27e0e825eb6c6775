/** Log levels, most verbose first; `'off'` silences the client. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/**
 * Where the client writes its logs. `console` fits, as do pino, winston and bunyan loggers
 * (their methods accept a message and an object). Data passed here is already redacted.
 */
export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };
const noop = (): void => undefined;

/**
 * Wraps `logger` so calls below `level` are no-ops (resolved once, so a disabled level costs a
 * function call and nothing else). Logger exceptions are swallowed: a broken log sink must never
 * fail a payment.
 */
export function createLeveledLogger(logger: Logger, level: LogLevel): Logger {
  const at = (name: Exclude<LogLevel, 'off'>): Logger[typeof name] =>
    RANK[name] < RANK[level]
      ? noop
      : (message, data) => {
          try {
            if (data === undefined) logger[name](`[ummah] ${message}`);
            else logger[name](`[ummah] ${message}`, data);
          } catch {
            // deliberately ignored, see above
          }
        };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
