import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Page numbers to offer around `page`: the first, the last and two either side; 0 = a gap. */
export function pageWindow(page: number, pages: number): number[] {
  const shown = new Set<number>([1, pages]);
  for (let each = page - 2; each <= page + 2; each += 1) {
    if (each >= 1 && each <= pages) shown.add(each);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((each, i) =>
    i > 0 && each - sorted[i - 1] > 1 ? [0, each] : [each],
  );
}

/**
 * Numbered paging as a labelled navigation landmark: previous, the page numbers with the current
 * one marked `aria-current="page"`, next. Presentational: the page number goes out, the caller
 * loads. Buttons rather than links, because the page lives in the query string the caller owns.
 */
@Component({
  selector: 'jcw-pager',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pages() > 1) {
      <nav class="pager" [attr.aria-label]="label()">
        <button
          type="button"
          class="pager__step"
          [disabled]="page() <= 1"
          (click)="go(page() - 1)"
        >
          {{ 'candidates.pager.previous' | transloco }}
        </button>
        <ol class="pager__pages">
          @for (each of numbers(); track $index) {
            <li>
              @if (each === 0) {
                <span aria-hidden="true">…</span>
              } @else {
                <button
                  type="button"
                  class="pager__page"
                  [class.pager__page--current]="each === page()"
                  [attr.aria-current]="each === page() ? 'page' : null"
                  [attr.aria-label]="
                    'candidates.pager.page' | transloco: { page: each }
                  "
                  (click)="go(each)"
                >
                  {{ each }}
                </button>
              }
            </li>
          }
        </ol>
        <button
          type="button"
          class="pager__step"
          [disabled]="page() >= pages()"
          (click)="go(page() + 1)"
        >
          {{ 'candidates.pager.next' | transloco }}
        </button>
      </nav>
    }
  `,
  styles: `
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block: 1rem;
    }
    .pager__pages {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    button {
      min-width: 2.75rem;
      min-height: 2.75rem;
      padding: 0 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 0.5rem;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: inherit;
      cursor: pointer;
    }
    button:disabled {
      cursor: default;
      color: var(--mat-sys-on-surface-variant);
      border-color: var(--mat-sys-outline-variant);
    }
    button:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .pager__page--current {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      border-color: var(--mat-sys-primary);
      font-weight: 600;
    }
  `,
})
export class Pager {
  /** 1-based. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  /** The navigation landmark's name, already translated. */
  readonly label = input.required<string>();
  readonly pageChange = output<number>();

  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil(this.total() / Math.max(1, this.pageSize()))),
  );
  protected readonly numbers = computed(() =>
    pageWindow(this.page(), this.pages()),
  );

  protected go(page: number): void {
    if (page >= 1 && page <= this.pages() && page !== this.page()) {
      this.pageChange.emit(page);
    }
  }
}
