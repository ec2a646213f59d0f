import { parsePayrollCsv } from './payroll-csv';

describe('a payroll export', () => {
  it('sums Dutch and plain decimals, with ; or , separators and a BOM', () => {
    expect(
      parsePayrollCsv(
        '\ufeffpersoneelsnummer;Verloonde_uren\n1;1.500,50\n2;1664\n3;832,25\n',
      ),
    ).toEqual({ rows: 3, totalPaidHours: 3996.75 });
    expect(
      parsePayrollCsv('employee,paid_hours\r\n1,1500.5\r\n2,1664\r\n'),
    ).toEqual({
      rows: 2,
      totalPaidHours: 3164.5,
    });
  });

  it('refuses the whole file, naming the row, when one cell is not a number of hours', () => {
    expect(() =>
      parsePayrollCsv('medewerker;verloonde_uren\n1;10\n2;-3\n'),
    ).toThrow(/row 3: verloonde_uren "-3"/);
    expect(() => parsePayrollCsv('medewerker;verloonde_uren\n1;\n')).toThrow(
      /row 2/,
    );
  });

  it('needs an hours column and at least one row', () => {
    expect(() => parsePayrollCsv('medewerker;uren\n1;10\n')).toThrow(
      /verloonde_uren/,
    );
    expect(() => parsePayrollCsv('medewerker;verloonde_uren\n')).toThrow(
      /no rows/,
    );
  });
});
