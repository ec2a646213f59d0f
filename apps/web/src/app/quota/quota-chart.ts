import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  ChartConfiguration,
  ChartComponentLike,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { DEFAULT_LANGUAGE, Language } from '@jcw/web-shared-util';
import { formatJobs } from './quota-format';

/**
 * Only what the quota charts draw, registered by the lazy quota routes: chart.js tree-shakes the
 * rest (other chart types, the filler, title, subtitle and decimation plugins) out of the bundle.
 */
export const QUOTA_CHART_PARTS: readonly ChartComponentLike[] = [
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
];

/** The theme's primary colour (azure, tone 40) and a dark amber, both above 3:1 on white. */
const COLOURS = ['#005cbb', '#8a5a00'] as const;
/** Per series, so the lines differ by more than colour (WCAG 1.4.1). */
const POINT_STYLES = ['circle', 'rect'] as const;
const DASHES = [[], [2, 3]] as const;

export interface ChartSeries {
  label: string;
  values: readonly number[];
}

/**
 * A line or bar chart of job units. The canvas is one image to assistive technology, named by
 * `summary` (the figures in words); pages put the same figures in a real table beside it.
 * Projected points are hollow diamonds on a dashed line, so they never differ by colour alone.
 */
@Component({
  selector: 'jcw-quota-chart',
  imports: [BaseChartDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="chart">
      <canvas
        baseChart
        role="img"
        [attr.aria-label]="summary()"
        [type]="type()"
        [data]="data()"
        [options]="options()"
      ></canvas>
    </div>
  `,
  styles: `
    .chart {
      position: relative;
      height: 16rem;
      max-width: 48rem;
      margin-block: 0.5rem 1rem;
    }
  `,
})
export class QuotaChart {
  readonly type = input.required<'line' | 'bar'>();
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  /** Per point: projected rather than recorded (line charts). */
  readonly projected = input<readonly boolean[]>([]);
  /** The chart's figures in one sentence, already translated. */
  readonly summary = input.required<string>();
  readonly language = input<Language>(DEFAULT_LANGUAGE);

  protected readonly data = computed<ChartConfiguration['data']>(() => {
    const projected = this.projected();
    const line = this.type() === 'line';
    return {
      labels: [...this.labels()],
      datasets: this.series().map((series, i) => {
        const colour = COLOURS[i % COLOURS.length];
        return {
          label: series.label,
          data: [...series.values],
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: 2,
          ...(line
            ? {
                borderDash: [...DASHES[i % DASHES.length]],
                pointStyle: series.values.map((_, at) =>
                  projected[at] ? 'rectRot' : POINT_STYLES[i % 2],
                ),
                pointRadius: 5,
                pointBackgroundColor: series.values.map((_, at) =>
                  projected[at] ? '#ffffff' : colour,
                ),
                segment: {
                  borderDash: (context: { p1DataIndex: number }) =>
                    projected[context.p1DataIndex] ? [6, 4] : undefined,
                },
              }
            : // One wide bar would read as a block, not as a figure among others.
              { maxBarThickness: 64 }),
        };
      }),
    };
  });

  protected readonly options = computed<ChartConfiguration['options']>(() => {
    const language = this.language();
    const jobs = (value: number | string) =>
      formatJobs(Number(value), language);
    return {
      responsive: true,
      maintainAspectRatio: false,
      // No motion: figures appear at once (and nothing moves for people sensitive to it).
      animation: false,
      scales: {
        y: { beginAtZero: true, ticks: { callback: jobs } },
      },
      plugins: {
        legend: {
          display: this.series().length > 1,
          labels: { usePointStyle: true },
        },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}: ${jobs(item.parsed.y ?? 0)}`,
          },
        },
      },
    };
  });
}
