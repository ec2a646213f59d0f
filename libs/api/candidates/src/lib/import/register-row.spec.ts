import { REGISTER_IMPORT_COLUMNS } from '@jcw/shared-contracts';
import {
  RegisterCells,
  checkRegisterHeader,
  checkRegisterRow,
} from './register-row';

/** A complete, valid register row; tests override the cells they are about. */
function aRow(overrides: RegisterCells = {}): RegisterCells {
  return {
    bsn: '123456782',
    first_name: 'Sanne',
    last_name: 'de Vries',
    date_of_birth: '1998-04-12',
    target_group: 'wajong_work_capacity',
    legal_ground: 'wajong',
    register_start_date: '2024-09-01',
    register_end_date: '',
    email: 'sanne@example.nl',
    phone: '06-12345678',
    postcode: '3511 ab',
    latitude: '52.0907',
    longitude: '5.1214',
    labour_market_region: 'midden_utrecht',
    education_level: 'mbo1',
    ...overrides,
  };
}

const TODAY = '2026-01-15';
const problemsOf = (cells: RegisterCells) => {
  const result = checkRegisterRow(cells, TODAY);
  return result.ok ? [] : result.problems;
};
const fieldsOf = (cells: RegisterCells) =>
  problemsOf(cells).map((problem) => problem.field);

describe('register header', () => {
  it('accepts the documented columns in any order and case', () => {
    const result = checkRegisterHeader([
      ' Target_Group ',
      'bsn',
      'LAST_NAME',
      'first_name',
      'register_start_date',
    ]);
    expect(result).toEqual({
      ok: true,
      columns: [
        'target_group',
        'bsn',
        'last_name',
        'first_name',
        'register_start_date',
      ],
    });
  });

  it('refuses unknown columns by name', () => {
    const result = checkRegisterHeader([...REGISTER_IMPORT_COLUMNS, 'iban']);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure).toContain('unknown columns: iban');
  });

  it('refuses a header without a required column', () => {
    const result = checkRegisterHeader(['bsn', 'first_name', 'last_name']);
    expect(!result.ok && result.failure).toContain(
      'missing required columns: target_group, register_start_date',
    );
  });

  it('ignores empty header cells such as a trailing delimiter', () => {
    const result = checkRegisterHeader([
      'bsn',
      'first_name',
      'last_name',
      'target_group',
      'register_start_date',
      '',
    ]);
    expect(result.ok && result.columns[5]).toBeNull();
  });
});

describe('register row', () => {
  it('turns a complete row into an importable row with a normalised postcode', () => {
    expect(checkRegisterRow(aRow(), TODAY)).toEqual({
      ok: true,
      row: {
        bsn: '123456782',
        firstName: 'Sanne',
        lastName: 'de Vries',
        dateOfBirth: '1998-04-12',
        targetGroup: 'wajong_work_capacity',
        legalGround: 'wajong',
        registerStartDate: '2024-09-01',
        registerEndDate: null,
        email: 'sanne@example.nl',
        phone: '06-12345678',
        postcode: '3511AB',
        latitude: 52.0907,
        longitude: 5.1214,
        labourMarketRegion: 'midden_utrecht',
        educationLevel: 'mbo1',
      },
    });
  });

  it('needs only the five required columns', () => {
    const result = checkRegisterRow(
      {
        bsn: '111222333',
        first_name: 'Kees',
        last_name: 'Bakker',
        target_group: 'wsw_indication',
        register_start_date: '2022-05-01',
      },
      TODAY,
    );
    expect(result.ok).toBe(true);
  });

  it('refuses a citizen number that fails the eleven-test', () => {
    expect(problemsOf(aRow({ bsn: '123456781' }))).toEqual([
      {
        field: 'bsn',
        reason: 'bsn must be 9 digits that pass the eleven-test',
      },
    ]);
  });

  it('reports every problem of a bad row, one per field', () => {
    expect(
      fieldsOf(
        aRow({
          bsn: '',
          first_name: '',
          target_group: 'unknown',
          register_start_date: '01-09-2024',
          email: 'not-an-email',
          postcode: '0123AB',
          labour_market_region: 'atlantis',
          education_level: 'phd',
        }),
      ),
    ).toEqual([
      'bsn',
      'first_name',
      'target_group',
      'labour_market_region',
      'education_level',
      'register_start_date',
      'email',
      'postcode',
    ]);
  });

  it('never repeats the value of a cell in a reason', () => {
    const problems = problemsOf(
      aRow({ bsn: '987654321', email: 'jan.jansen@', phone: 'bel mij' }),
    );
    for (const problem of problems) {
      expect(problem.reason).not.toContain('987654321');
      expect(problem.reason).not.toContain('jan.jansen');
      expect(problem.reason).not.toContain('bel mij');
    }
  });

  it('refuses an end date before the start date', () => {
    expect(fieldsOf(aRow({ register_end_date: '2024-08-31' }))).toEqual([
      'register_end_date',
    ]);
    expect(fieldsOf(aRow({ register_end_date: '2024-09-01' }))).toEqual([]);
  });

  it('refuses dates that do not exist and dates of birth in the future', () => {
    expect(fieldsOf(aRow({ register_start_date: '2023-02-29' }))).toEqual([
      'register_start_date',
    ]);
    expect(fieldsOf(aRow({ date_of_birth: '2026-01-16' }))).toEqual([
      'date_of_birth',
    ]);
  });

  it('refuses names longer than 100 characters', () => {
    expect(fieldsOf(aRow({ last_name: 'x'.repeat(101) }))).toEqual([
      'last_name',
    ]);
  });

  it('accepts enumerations in any case', () => {
    const result = checkRegisterRow(
      aRow({ target_group: 'SCHOOL_LEAVER_VSO_PRO', education_level: 'MBO2' }),
      TODAY,
    );
    expect(result.ok && result.row.targetGroup).toBe('school_leaver_vso_pro');
    expect(result.ok && result.row.educationLevel).toBe('mbo2');
  });

  it('reads coordinates with a decimal comma and checks their range', () => {
    const comma = checkRegisterRow(
      aRow({ latitude: '52,37', longitude: '4,89' }),
      TODAY,
    );
    expect(comma.ok && [comma.row.latitude, comma.row.longitude]).toEqual([
      52.37, 4.89,
    ]);
    expect(fieldsOf(aRow({ latitude: '91', longitude: 'east' }))).toEqual([
      'latitude',
      'longitude',
    ]);
  });

  it('wants latitude and longitude together', () => {
    expect(fieldsOf(aRow({ longitude: '' }))).toEqual(['longitude']);
    expect(fieldsOf(aRow({ latitude: '' }))).toEqual(['latitude']);
    expect(fieldsOf(aRow({ latitude: '', longitude: '' }))).toEqual([]);
  });

  it('treats an empty optional cell as not given', () => {
    const result = checkRegisterRow(
      aRow({ email: ' ', phone: '', education_level: '' }),
      TODAY,
    );
    expect(result.ok && [result.row.email, result.row.educationLevel]).toEqual([
      null,
      null,
    ]);
  });
});
