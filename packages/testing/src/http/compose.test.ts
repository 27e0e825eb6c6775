import { describe, expect, it } from 'vitest';
import { compose, type Middleware } from './compose';

interface Context {
  readonly log: string[];
  answer?: string;
}

function step(name: string): Middleware<Context> {
  return async (context, next) => {
    context.log.push(`${name} in`);
    await next();
    context.log.push(`${name} out`);
  };
}

const toAnswer = (error: unknown, context: Context): void => {
  if (error instanceof TypeError) throw error;
  context.answer = `error: ${(error as Error).message}`;
};

describe('compose', () => {
  it('runs the steps in order, each around the ones after it', async () => {
    const context: Context = { log: [] };
    await compose([step('a'), step('b'), step('c')], toAnswer)(context);
    expect(context.log).toEqual(['a in', 'b in', 'c in', 'c out', 'b out', 'a out']);
  });

  it('turns an error into an answer where it is thrown, so the outer steps carry on', async () => {
    const context: Context = { log: [] };
    const failing: Middleware<Context> = async () => {
      throw new Error('refused');
    };
    await compose([step('outer'), failing], toAnswer)(context);
    expect(context.answer).toBe('error: refused');
    expect(context.log).toEqual(['outer in', 'outer out']);
  });

  it('lets what the error handler rethrows propagate through every step', async () => {
    const context: Context = { log: [] };
    const dropping: Middleware<Context> = async () => {
      throw new TypeError('connection reset');
    };
    await expect(compose([step('outer'), dropping], toAnswer)(context)).rejects.toThrow('connection reset');
    expect(context.log).toEqual(['outer in']);
  });

  it('refuses a step that calls next twice', async () => {
    const context: Context = { log: [] };
    const twice: Middleware<Context> = async (_context, next) => {
      await next();
      await next();
    };
    await compose([twice, step('inner')], toAnswer)(context);
    expect(context.answer).toBe('error: next() called more than once by one middleware.');
  });
});
