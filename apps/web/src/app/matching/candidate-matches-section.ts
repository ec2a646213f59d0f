import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore, CandidateMatchesStore } from '@jcw/web-shared-data-access';
import { ErrorAlert } from '@jcw/web-shared-ui';
import { formatDateTime } from '@jcw/web-shared-util';
import { formatHours } from '../carving/carving-format';
import { LanguagePreference } from '../i18n/language-preference';
import { ACCESS } from '../navigation';
import { formatKm, formatScore } from './matching-format';

/**
 * "Passende pakketten" on a candidate's profile (hr_adviser, and the jobcoach of the person): the
 * published packages this person fits, best score first. Advisers can open each package; a
 * jobcoach reads the list. Provides its own store.
 */
@Component({
  selector: 'jcw-candidate-matches-section',
  imports: [ErrorAlert, RouterLink, TranslocoPipe],
  providers: [CandidateMatchesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="candidate-matches-heading">
      <h2 id="candidate-matches-heading">
        {{ 'matching.candidateMatches.title' | transloco }}
      </h2>
      <p class="intro">
        {{ 'matching.candidateMatches.intro' | transloco }}
      </p>
      @if (store.error(); as failure) {
        <jcw-error-alert
          [failure]="failure"
          titleKey="matching.candidateMatches.loadFailed"
          [language]="language()"
          [focusOnShow]="false"
        />
      } @else if (store.loaded()) {
        <div
          class="table-wrap"
          role="region"
          tabindex="0"
          aria-labelledby="candidate-matches-caption"
        >
          <table>
            <caption id="candidate-matches-caption">
              {{
                'matching.candidateMatches.caption' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  {{ 'matching.proposals.table.package' | transloco }}
                </th>
                <th scope="col">
                  {{ 'matching.proposals.table.unit' | transloco }}
                </th>
                <th scope="col">
                  {{ 'carving.common.hoursPerWeek' | transloco }}
                </th>
                <th scope="col">
                  {{ 'matching.matches.score' | transloco }}
                </th>
                <th scope="col">
                  {{ 'matching.matches.distance' | transloco }}
                </th>
                <th scope="col">
                  {{ 'matching.matches.proposal' | transloco }}
                </th>
              </tr>
            </thead>
            <tbody>
              @for (match of store.matches(); track match.packageId) {
                <tr>
                  <th scope="row">
                    @if (mayOpenPackages) {
                      <a [routerLink]="['/pakketten', match.packageId]">{{
                        match.packageTitle
                      }}</a>
                    } @else {
                      {{ match.packageTitle }}
                    }
                  </th>
                  <td>{{ match.unitName }}</td>
                  <td class="numeric">{{ hours(match.hoursPerWeek) }}</td>
                  <td class="numeric">{{ score(match.score) }}</td>
                  <td class="numeric">
                    {{
                      'matching.km' | transloco: { km: km(match.distanceKm) }
                    }}
                  </td>
                  <td>
                    @if (match.proposal; as proposal) {
                      @if (mayOpenProposals) {
                        <a [routerLink]="['/voorstellen', proposal.id]">{{
                          'matching.status.' + proposal.status | transloco
                        }}</a>
                      } @else {
                        {{ 'matching.status.' + proposal.status | transloco }}
                      }
                    } @else {
                      <span class="muted">{{
                        'matching.candidateMatches.noProposal' | transloco
                      }}</span>
                    }
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="6" class="muted">
                    {{ 'matching.candidateMatches.empty' | transloco }}
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (store.matches()[0]; as first) {
          <p class="muted">
            {{
              'matching.candidateMatches.computedAt'
                | transloco: { date: dateTime(first.computedAt) }
            }}
          </p>
        }
      } @else if (store.loading()) {
        <p>{{ 'common.loading' | transloco }}</p>
      }
    </section>
  `,
  styleUrls: ['../admin/admin-page.scss', '../carving/carving.scss'],
})
export class CandidateMatchesSection {
  readonly candidateId = input.required<string>();

  protected readonly store = inject(CandidateMatchesStore);
  protected readonly language = inject(LanguagePreference).active;
  private readonly auth = inject(AuthStore);
  protected readonly mayOpenPackages = this.auth.hasRole(...ACCESS.packages);
  protected readonly mayOpenProposals = this.auth.hasRole(...ACCESS.proposals);

  constructor() {
    effect(() => {
      const id = this.candidateId();
      untracked(() => this.store.load(id));
    });
  }

  protected hours(value: number): string {
    return formatHours(value, this.language());
  }

  protected score(value: number): string {
    return formatScore(value, this.language());
  }

  protected km(value: number): string {
    return formatKm(value, this.language());
  }

  protected dateTime(iso: string): string {
    return formatDateTime(iso, this.language());
  }
}
