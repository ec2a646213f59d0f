import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, TitleStrategy } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService } from '@jsverse/transloco';
import { withAppTranslations } from '../../testing/translations';
import { TranslatedTitleStrategy } from './translated-title.strategy';

@Component({ template: '' })
class EmptyPage {}

async function navigateTo(url: string): Promise<void> {
  TestBed.configureTestingModule({
    imports: [withAppTranslations('nl')],
    providers: [
      provideRouter([
        { path: 'status', title: 'nav.status', component: EmptyPage },
        { path: 'untitled', component: EmptyPage },
      ]),
      { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
}

describe('TranslatedTitleStrategy', () => {
  it('names the page and the product in the browser tab', async () => {
    await navigateTo('/status');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Systeemstatus - Jobcarving Werkbank',
    );
  });

  it('translates the tab title when the language changes', async () => {
    await navigateTo('/status');

    TestBed.inject(TranslocoService).setActiveLang('en');

    expect(TestBed.inject(Title).getTitle()).toBe(
      'System status - Jobcarving Werkbank',
    );
  });

  it('shows just the product name for a page without a title', async () => {
    await navigateTo('/untitled');
    expect(TestBed.inject(Title).getTitle()).toBe('Jobcarving Werkbank');
  });
});
