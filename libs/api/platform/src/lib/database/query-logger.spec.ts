import { Logger } from '@nestjs/common';
import { PrivacySafeQueryLogger } from './query-logger';

describe('the database query logger', () => {
  it('logs a failed query without its parameters or the server detail that quotes them', () => {
    const errors: unknown[] = [];
    jest
      .spyOn(Logger.prototype, 'error')
      .mockImplementation((message: unknown) => {
        errors.push(message);
      });
    const failure = Object.assign(
      new Error('duplicate key value violates unique constraint'),
      {
        code: '23505',
        constraint: 'uq_candidates_organisation_bsn',
        table: 'candidates',
        detail: 'Key (first_name)=(Fenna) already exists.',
      },
    );
    new PrivacySafeQueryLogger().logQueryError(
      failure,
      'INSERT INTO candidates (first_name, email) VALUES ($1, $2)',
      ['Fenna', 'fenna@example.nl'],
    );
    expect(errors).toEqual([
      {
        msg: 'query failed',
        code: '23505',
        constraint: 'uq_candidates_organisation_bsn',
        table: 'candidates',
        query: 'INSERT INTO candidates (first_name, email) VALUES ($1, $2)',
      },
    ]);
    expect(JSON.stringify(errors)).not.toMatch(/Fenna|fenna@/);
  });
});
