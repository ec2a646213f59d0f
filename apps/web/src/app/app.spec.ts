import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { withAppTranslations } from '../testing/translations';
import { App } from './app';

async function renderShell(): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    imports: [App, withAppTranslations('nl')],
    providers: [provideRouter([])],
  });
  const fixture = TestBed.createComponent(App);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('App shell', () => {
  it('offers "Naar hoofdinhoud" as the very first thing keyboard users reach', async () => {
    const shell = await renderShell();

    const firstFocusable = shell.querySelector('a[href], button');
    expect(firstFocusable?.textContent?.trim()).toBe('Naar hoofdinhoud');
    expect(firstFocusable?.getAttribute('href')).toBe('#main-content');
  });

  it('moves focus to the main content when the skip link is used', async () => {
    const shell = await renderShell();

    shell.querySelector<HTMLAnchorElement>('.skip-link')?.click();

    expect(document.activeElement?.id).toBe('main-content');
  });

  it('shows the product name', async () => {
    const shell = await renderShell();
    expect(shell.querySelector('mat-toolbar')?.textContent).toContain(
      'Jobcarving Werkbank',
    );
  });

  it('has a labelled main navigation with Overzicht and Systeemstatus', async () => {
    const shell = await renderShell();

    const nav = shell.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Hoofdmenu');
    const links = Array.from(nav?.querySelectorAll('a') ?? []).map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toEqual(['Overzicht', 'Systeemstatus']);
  });
});
