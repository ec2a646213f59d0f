import { TestBed } from '@angular/core/testing';
import { ValidationErrors } from '@angular/forms';
import { testTranslations } from '../../testing/test-translations';
import { FieldError } from './field-error';

async function messageFor(errors: ValidationErrors | null, field = 'Naam') {
  TestBed.configureTestingModule({
    imports: [FieldError, testTranslations('nl')],
  });
  const fixture = TestBed.createComponent(FieldError);
  fixture.componentRef.setInput('errors', errors);
  fixture.componentRef.setInput('field', field);
  await fixture.whenStable();
  return (fixture.nativeElement as HTMLElement).textContent?.trim();
}

describe('FieldError', () => {
  it('names the field that must be filled in', async () => {
    expect(await messageFor({ required: true }, 'E-mailadres')).toBe(
      'E-mailadres is verplicht.',
    );
  });

  it('says how many characters are needed', async () => {
    expect(
      await messageFor({ minlength: { requiredLength: 12, actualLength: 3 } }),
    ).toBe('Gebruik minstens 12 tekens.');
  });

  it("shows the API's message about the field word for word", async () => {
    expect(await messageFor({ server: 'This password is too common.' })).toBe(
      'This password is too common.',
    );
  });

  it('shows nothing when the field is fine', async () => {
    expect(await messageFor(null)).toBe('');
  });
});
