import { Inject, Injectable } from '@nestjs/common';
import type IORedis from 'ioredis';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig, REDIS_CLIENT } from '@jcw/api-platform';

const WINDOW_SECONDS = 15 * 60;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_IP = 30;

/**
 * Counts failed sign-ins per account and per client address in Redis (shared by every API
 * instance). Past the limit, sign-in is refused for the rest of the window whatever the password,
 * so guessing is slow; a success clears the account's count. Accounts are keyed by a hash of the
 * e-mail, so Redis holds no personal data.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: IORedis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Seconds until sign-in is allowed again, or 0 when it is allowed now. */
  async blockedForSeconds(email: string, ip: string): Promise<number> {
    const keys = this.keys(email, ip);
    const [account, address] = await this.redis.mget(keys.account, keys.ip);
    const accountBlocked = Number(account ?? 0) >= MAX_FAILURES_PER_ACCOUNT;
    const ipBlocked = Number(address ?? 0) >= MAX_FAILURES_PER_IP;
    if (!accountBlocked && !ipBlocked) return 0;
    const ttls = await Promise.all([
      accountBlocked ? this.redis.ttl(keys.account) : 0,
      ipBlocked ? this.redis.ttl(keys.ip) : 0,
    ]);
    return Math.max(1, ...ttls);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.redis
      .multi()
      .incr(keys.account)
      .expire(keys.account, WINDOW_SECONDS, 'NX')
      .incr(keys.ip)
      .expire(keys.ip, WINDOW_SECONDS, 'NX')
      .exec();
  }

  async recordSuccess(email: string): Promise<void> {
    await this.redis.del(this.keys(email, '').account);
  }

  private keys(email: string, ip: string) {
    const prefix = `${this.config.queue.prefix}:rl:login`;
    const account = createHash('sha256')
      .update(email.trim().toLowerCase())
      .digest('hex');
    return {
      account: `${prefix}:account:${account}`,
      ip: `${prefix}:ip:${ip}`,
    };
  }
}
