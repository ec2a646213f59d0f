import { computed, inject, Injectable } from '@angular/core';
import { CoachDashboardRowDto } from '@jcw/shared-contracts';
import { ListState } from '../http/list-state';
import { CoachingApi } from './coaching.api';

/** Flagged first; within each group the API's order (by name) stays. */
const flaggedFirst = (a: CoachDashboardRowDto, b: CoachDashboardRowDto) =>
  Number(b.atRisk) - Number(a.atRisk);

/**
 * The jobcoach's dashboard ("Jobcoaching"): the coach's candidates, the ones at risk first with
 * the signals, last contact and the next evaluation due. Provided by the page.
 */
@Injectable()
export class CoachDashboardStore {
  private readonly api = inject(CoachingApi);
  private readonly list = new ListState<CoachDashboardRowDto>();

  readonly rows = computed(() => [...this.list.items()].sort(flaggedFirst));
  readonly flaggedCount = computed(
    () => this.list.items().filter((row) => row.atRisk).length,
  );
  readonly loading = this.list.loading;
  readonly error = this.list.error;

  load(): void {
    this.list.load(this.api.dashboard());
  }
}
