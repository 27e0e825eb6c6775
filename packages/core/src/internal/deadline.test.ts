import { describe, expect, it } from 'vitest';
import { Deadline } from './deadline.js';
import { pendingDeadlineCount } from './deadline-scheduler.js';

const waitFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `done()` holds (or 5 s pass), so a loaded machine cannot make the test flaky. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5000; waited += 10) await waitFor(10);
}

describe('Deadline', () => {
  it('fires deadlines of different lengths in order, including a shorter one created after a longer one', async () => {
    const fired: string[] = [];
    const long = new Deadline(120);
    long.addEventListener('abort', () => fired.push('long'));
    const short = new Deadline(30);
    short.addEventListener('abort', () => fired.push('short'));
    const middle = new Deadline(60);
    middle.addEventListener('abort', () => fired.push('middle'));
    await until(() => fired.length === 3);
    expect(fired).toEqual(['short', 'middle', 'long']);
    expect([short.cause, middle.cause, long.cause]).toEqual(['timeout', 'timeout', 'timeout']);
    expect(pendingDeadlineCount()).toBe(0);
  });

  it('never fires once disposed, and stops being tracked', async () => {
    const deadline = new Deadline(20);
    let fired = false;
    deadline.addEventListener('abort', () => {
      fired = true;
    });
    deadline.dispose();
    expect(pendingDeadlineCount()).toBe(0);
    await waitFor(50);
    expect(fired).toBe(false);
    expect(deadline.aborted).toBe(false);
  });

  it('fires with cause "user" and the caller\'s reason when the caller aborts first', () => {
    const controller = new AbortController();
    const deadline = new Deadline(10_000, controller.signal);
    const reason = new Error('stop');
    controller.abort(reason);
    expect([deadline.aborted, deadline.cause, deadline.reason]).toEqual([true, 'user', reason]);
    expect(deadline.signal.aborted).toBe(true);
    expect(pendingDeadlineCount()).toBe(0);
  });

  it('is already fired when created with an aborted signal', () => {
    const deadline = new Deadline(10_000, AbortSignal.abort('gone'));
    expect([deadline.aborted, deadline.cause, deadline.userReason]).toEqual([true, 'user', 'gone']);
  });

  it('mirrors its state on a standard AbortSignal created on demand', async () => {
    const deadline = new Deadline(20);
    const signal = deadline.signal;
    expect(signal.aborted).toBe(false);
    await until(() => signal.aborted);
    expect(signal.aborted).toBe(true);
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('rejects race() and sleep() when it fires, and lets them settle normally before', async () => {
    const deadline = new Deadline(40);
    await expect(deadline.race(Promise.resolve(1))).resolves.toBe(1);
    await expect(deadline.sleep(1)).resolves.toBeUndefined();
    await expect(deadline.race(new Promise(() => undefined))).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(deadline.sleep(1000)).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
