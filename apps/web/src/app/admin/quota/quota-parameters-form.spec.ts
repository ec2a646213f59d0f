import { QuotaYearParametersDto } from '@jcw/shared-contracts';
import {
  fractionToPercent,
  PERCENT_PATTERN,
  parametersFormValue,
  parametersRequest,
  percentToFraction,
  toFormFields,
} from './quota-parameters-form';

describe('the quota percentage', () => {
  it('is typed as a percentage and sent as the fraction, without floating-point noise', () => {
    expect(percentToFraction('1,93')).toBe(0.0193);
    expect(percentToFraction('1.93')).toBe(0.0193);
    expect(percentToFraction(' 2,5 ')).toBe(0.025);
    expect(percentToFraction('0,1234')).toBe(0.001234);
  });

  it('shows the stored fraction as a percentage in the user’s language', () => {
    expect(fractionToPercent(0.0193, 'nl')).toBe('1,93');
    expect(fractionToPercent(0.0193, 'en')).toBe('1.93');
    expect(fractionToPercent(0.02, 'nl')).toBe('2');
  });

  it('survives the round trip', () => {
    for (const percent of ['1,93', '2,07', '0,5', '3,1415']) {
      expect(fractionToPercent(percentToFraction(percent), 'nl')).toBe(percent);
    }
  });

  it('accepts up to four decimals and nothing that is not a percentage', () => {
    expect(PERCENT_PATTERN.test('1,93')).toBe(true);
    expect(PERCENT_PATTERN.test('12.3456')).toBe(true);
    expect(PERCENT_PATTERN.test('1,93%')).toBe(false);
    expect(PERCENT_PATTERN.test('0.01934567')).toBe(false);
    expect(Number.isNaN(percentToFraction(''))).toBe(true);
  });
});

const STORED: QuotaYearParametersDto = {
  year: 2026,
  quotaFraction: 0.0193,
  levyPerUnfilledJob: 5000,
  weeksPerYear: 52,
  thresholdPaidHours: 40575,
  procurementCounts: false,
  sourceNote: 'Overgenomen van 2018',
  toConfirm: true,
  updatedAt: null,
  updatedBy: null,
};

describe('the legal figures form', () => {
  it('fills in a year’s figures and sends them back unchanged', () => {
    const stored = STORED;
    const value = parametersFormValue(stored, 'nl');
    expect(value.quotaPercent).toBe('1,93');

    expect(
      parametersRequest({ ...value, sourceNote: ' Stcrt. 2025 ' }),
    ).toEqual({
      quotaFraction: 0.0193,
      levyPerUnfilledJob: 5000,
      weeksPerYear: 52,
      thresholdPaidHours: 40575,
      procurementCounts: false,
      sourceNote: 'Stcrt. 2025',
      toConfirm: true,
    });
  });

  it('starts a new year at 52 weeks, marked to be confirmed', () => {
    expect(parametersFormValue(null, 'nl')).toMatchObject({
      weeksPerYear: 52,
      toConfirm: true,
      quotaPercent: '',
    });
  });

  it('puts the API’s message about the fraction at the percentage field', () => {
    expect(
      toFormFields({ quotaFraction: 'too high', sourceNote: 'required' }),
    ).toEqual({ quotaPercent: 'too high', sourceNote: 'required' });
  });
});
