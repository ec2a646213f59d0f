import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@jcw/api-platform';
import { PasswordHasher } from './auth/password-hasher';
import { passwordProblem } from './auth/password-policy';

/**
 * Creates the platform superadmin from SUPERADMIN_EMAIL / SUPERADMIN_PASSWORD when no user has
 * that e-mail yet. An existing account is left alone (its password may have been changed since).
 */
@Injectable()
export class SuperadminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(SuperadminBootstrap.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const superadmin = this.config.auth.superadmin;
    if (!superadmin) return;
    const problem = passwordProblem(superadmin.password);
    if (problem) throw new Error(`SUPERADMIN_PASSWORD ${problem}`);
    const email = superadmin.email.trim().toLowerCase();
    const created: unknown[] = await this.dataSource.query(
      `INSERT INTO users (email, display_name, password_hash, roles) VALUES ($1, 'Platformbeheer', $2, '{superadmin}')
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, await this.hasher.hash(superadmin.password)],
    );
    if (created.length > 0)
      this.logger.log('platform superadmin created from configuration');
  }
}
