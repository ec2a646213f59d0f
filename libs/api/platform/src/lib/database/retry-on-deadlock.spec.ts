import { QueryFailedError } from 'typeorm';
import { retryOnDeadlock } from './retry-on-deadlock';

const failure = (code: string) =>
  new QueryFailedError(
    'UPDATE x',
    [],
    Object.assign(new Error('boom'), { code }),
  );

describe('retryOnDeadlock', () => {
  it('runs a transaction chosen as a deadlock victim again, and returns its answer', async () => {
    let runs = 0;
    const answer = await retryOnDeadlock(async () => {
      runs += 1;
      if (runs < 3) throw failure('40P01');
      return 'committed';
    });
    expect({ answer, runs }).toEqual({ answer: 'committed', runs: 3 });
  });

  it('gives up after the last attempt, and never retries other errors', async () => {
    let runs = 0;
    await expect(
      retryOnDeadlock(async () => {
        runs += 1;
        throw failure('40P01');
      }, 2),
    ).rejects.toThrow('boom');
    expect(runs).toBe(2);
    runs = 0;
    await expect(
      retryOnDeadlock(async () => {
        runs += 1;
        throw failure('23505');
      }),
    ).rejects.toThrow();
    expect(runs).toBe(1);
  });
});
