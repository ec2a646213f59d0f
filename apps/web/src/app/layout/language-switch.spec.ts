import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { LANGUAGE_STORAGE_KEY } from '@jcw/web-shared-util';
import { withAppTranslations } from '../../testing/translations';
import { LanguageSwitch } from './language-switch';

async function renderSwitch() {
  TestBed.configureTestingModule({
    imports: [LanguageSwitch, withAppTranslations('nl')],
  });
  const fixture = TestBed.createComponent(LanguageSwitch);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const option = (code: string) =>
    Array.from(
      element.querySelectorAll<HTMLButtonElement>('button[role="radio"]'),
    ).find((button) => button.textContent?.includes(code));
  return { fixture, element, option };
}

describe('LanguageSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'nl';
  });

  it('is a labelled group of language options', async () => {
    const { element } = await renderSwitch();

    const group = element.querySelector('[role="radiogroup"]');
    expect(group?.getAttribute('aria-label')).toBe('Taal');
    expect(element.querySelectorAll('button[role="radio"]')).toHaveLength(2);
  });

  it('shows Dutch as the chosen language at first', async () => {
    const { option } = await renderSwitch();
    expect(option('NL')?.getAttribute('aria-checked')).toBe('true');
  });

  it('switches the app to English when EN is chosen', async () => {
    const { fixture, option } = await renderSwitch();

    option('EN')?.click();
    await fixture.whenStable();

    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(option('EN')?.getAttribute('aria-checked')).toBe('true');
  });

  it('tells browsers and screen readers the page is now English via <html lang>', async () => {
    const { fixture, option } = await renderSwitch();

    option('EN')?.click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('en');
  });

  it('remembers the choice for the next visit', async () => {
    const { fixture, option } = await renderSwitch();

    option('EN')?.click();
    await fixture.whenStable();

    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('gives each option the name of its language for screen readers', async () => {
    const { option } = await renderSwitch();
    expect(option('EN')?.textContent).toContain('English');
  });
});
