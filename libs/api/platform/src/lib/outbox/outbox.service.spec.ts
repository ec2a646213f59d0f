import { JobName } from '../queue/queue.constants';
import { outboxJobId } from './outbox.service';

describe('outbox job ids', () => {
  it('are the same for the same change, so a repeated enqueue is recognised', () => {
    expect(outboxJobId(JobName.platformPing, 'a1', 3)).toBe(
      outboxJobId(JobName.platformPing, 'a1', 3),
    );
    expect(outboxJobId(JobName.platformPing, 'a1', 3)).not.toBe(
      outboxJobId(JobName.platformPing, 'a1', 4),
    );
  });

  it('refuses parts BullMQ cannot store', () => {
    expect(() => outboxJobId(JobName.platformPing, 'urn:x')).toThrow(
      "must not contain ':'",
    );
  });
});
