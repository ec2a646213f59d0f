import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { HealthCheck, HealthResponse } from '@jcw/shared-contracts';
import {
  DEFAULT_LANGUAGE,
  formatDateTime,
  formatNumber,
  Language,
} from '@jcw/web-shared-util';
import { StatusBadge } from '../status-badge/status-badge';

interface ServiceRow {
  nameKey: string;
  check: HealthCheck;
}

/** The health report as an overall verdict and a table with one row per part of the system. */
@Component({
  selector: 'jcw-health-check-list',
  imports: [StatusBadge, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './health-check-list.html',
  styleUrl: './health-check-list.scss',
})
export class HealthCheckList {
  readonly health = input.required<HealthResponse>();
  /** Language for dates and numbers; texts follow the active Transloco language. */
  readonly language = input<Language>(DEFAULT_LANGUAGE);

  protected readonly services = computed<ServiceRow[]>(() => {
    const { database, redis } = this.health().checks;
    return [
      { nameKey: 'health.check.database', check: database },
      { nameKey: 'health.check.redis', check: redis },
    ];
  });
  protected readonly worker = computed(() => this.health().checks.worker);
  protected readonly checkedAt = computed(() =>
    formatDateTime(this.health().checkedAt, this.language()),
  );
  protected readonly lastHeartbeat = computed(() => {
    const at = this.worker().lastHeartbeatAt;
    return at === null ? null : formatDateTime(at, this.language());
  });

  protected latency(check: HealthCheck): string | null {
    return check.latencyMs === undefined
      ? null
      : formatNumber(check.latencyMs, this.language());
  }
}
