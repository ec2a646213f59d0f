import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  MatButtonToggleChange,
  MatButtonToggleModule,
} from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import { isSupportedLanguage, SUPPORTED_LANGUAGES } from '@jcw/web-shared-util';
import { LanguagePreference } from '../i18n/language-preference';

/**
 * NL/EN toggle. Each option shows its code and, for screen readers, the language's own name in
 * that language (`lang` attribute), so the accessible name still contains the visible code
 * (WCAG 2.5.3) and is pronounced correctly.
 */
@Component({
  selector: 'jcw-language-switch',
  imports: [MatButtonToggleModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-button-toggle-group
      name="language"
      hideSingleSelectionIndicator
      [value]="language.active()"
      (change)="choose($event)"
      [attr.aria-label]="'language.label' | transloco"
    >
      @for (option of options; track option) {
        <mat-button-toggle [value]="option" [attr.lang]="option">
          {{ 'language.' + option + '.short' | transloco }}
          <span class="visually-hidden">{{
            'language.' + option + '.name' | transloco
          }}</span>
        </mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguagePreference);
  protected readonly options = SUPPORTED_LANGUAGES;

  protected choose(change: MatButtonToggleChange): void {
    if (isSupportedLanguage(change.value)) {
      this.language.choose(change.value);
    }
  }
}
