import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ScorePartDto, SCORE_PART_KEYS } from '@jcw/shared-contracts';
import { DEFAULT_LANGUAGE, Language } from '@jcw/web-shared-util';
import { formatScore } from './matching-format';

/**
 * What a score is made of: per part its name, a horizontal bar and "24 van 30" as text. The bars
 * only repeat the figures for sighted users and are hidden from screen readers, so nothing is
 * said by length or colour alone. Presentational.
 */
@Component({
  selector: 'jcw-score-parts',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="parts" [attr.aria-label]="label()">
      @for (part of rows(); track part.key) {
        <li class="part">
          <span class="part__label">{{
            'matching.part.' + part.key | transloco
          }}</span>
          <span class="part__track" aria-hidden="true">
            <span class="part__bar" [style.width.%]="part.percent"></span>
          </span>
          <span class="part__value">{{
            'matching.score.points'
              | transloco: { points: part.points, max: part.max }
          }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    .parts {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* Each item its own grid row with fixed columns, so the bars line up; no display: contents,
       which drops the list items from the accessibility tree in some browsers. */
    .part {
      display: grid;
      grid-template-columns: 8.5rem minmax(4rem, 7rem) max-content;
      gap: 0.5rem;
      align-items: center;
    }
    .part__label,
    .part__value {
      font: var(--mat-sys-body-small);
      white-space: nowrap;
    }
    .part__value {
      font-variant-numeric: tabular-nums;
    }
    .part__track {
      display: block;
      height: 0.625rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 2px;
      background: var(--mat-sys-surface);
    }
    .part__bar {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }
  `,
})
export class ScoreParts {
  readonly parts = input.required<readonly ScorePartDto[]>();
  /** The list's accessible name, already translated (e.g. "Score van Kandidaat K-4821"). */
  readonly label = input<string | null>(null);
  readonly language = input<Language>(DEFAULT_LANGUAGE);

  /** In the contract's order, whatever order the API sent. */
  protected readonly rows = computed(() =>
    [...this.parts()]
      .sort(
        (a, b) =>
          SCORE_PART_KEYS.indexOf(a.key) - SCORE_PART_KEYS.indexOf(b.key),
      )
      .map((part) => ({
        key: part.key,
        points: formatScore(part.points, this.language()),
        max: formatScore(part.max, this.language()),
        percent:
          part.max > 0
            ? Math.max(0, Math.min(100, (part.points / part.max) * 100))
            : 0,
      })),
  );
}
