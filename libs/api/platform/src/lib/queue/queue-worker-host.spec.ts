import { JobHandler } from './job-handler';
import { JobName } from './queue.constants';
import { resolveHandlers } from './queue-worker-host';

const handler = (): JobHandler => ({
  handle: async () => ({ status: 'done' }),
});

describe('job handler registry', () => {
  it('accepts exactly one handler per job name', () => {
    const handlers = Object.values(JobName).map((jobName) => ({
      jobName,
      handler: handler(),
    }));
    const resolved = resolveHandlers(handlers);
    for (const { jobName, handler: expected } of handlers) {
      expect(resolved.get(jobName)).toBe(expected);
    }
  });

  it('refuses to start when a job name has no handler', () => {
    expect(() => resolveHandlers([])).toThrow(
      `job ${JobName.platformPing} has no handler`,
    );
  });

  it('refuses to start when a job name has two handlers', () => {
    expect(() =>
      resolveHandlers([
        { jobName: JobName.platformPing, handler: handler() },
        { jobName: JobName.platformPing, handler: handler() },
      ]),
    ).toThrow(`job ${JobName.platformPing} has more than one handler`);
  });
});
