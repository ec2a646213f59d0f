import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { HealthCheckStatus, OverallHealthStatus } from '@jcw/shared-contracts';

/** Whether the badge describes one part (`up`/`down`) or the system as a whole (`ok`/`degraded`/`down`). */
export type StatusBadgeScope = 'check' | 'overall';

type Tone = 'positive' | 'warning' | 'negative';

const TONES: Record<HealthCheckStatus | OverallHealthStatus, Tone> = {
  up: 'positive',
  ok: 'positive',
  degraded: 'warning',
  down: 'negative',
};

/**
 * A status as words plus colour and a symbol, so it reads the same without colour vision
 * (WCAG 1.4.1); the symbol is hidden from screen readers because the words already say it.
 */
@Component({
  selector: 'jcw-status-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="badge" [class]="'badge--' + tone()">
      <span class="symbol" aria-hidden="true">{{ symbol() }}</span>
      <span class="label">{{ labelKey() | transloco }}</span>
    </span>
  `,
  styles: `
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.125rem 0.625rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    /* Foreground/background pairs chosen for a contrast ratio above 7:1. */
    .badge--positive {
      color: #0b4f1c;
      background: #dcf3e1;
    }
    .badge--warning {
      color: #5c3b00;
      background: #fff0c7;
    }
    .badge--negative {
      color: #8c1111;
      background: #fde3e1;
    }
  `,
})
export class StatusBadge {
  readonly status = input.required<HealthCheckStatus | OverallHealthStatus>();
  readonly scope = input<StatusBadgeScope>('check');

  protected readonly tone = computed(() => TONES[this.status()]);
  protected readonly symbol = computed(() =>
    this.tone() === 'positive' ? '✓' : this.tone() === 'warning' ? '!' : '✕',
  );
  protected readonly labelKey = computed(
    () => `health.badge.${this.scope()}.${this.status()}`,
  );
}
