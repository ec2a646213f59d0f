import type { CoachingRecordDto } from '@jcw/shared-contracts';
import { LogbookPdfInput, renderLogbookPdf } from './logbook-pdf';

const candidateId = '6f1c1d8e-0000-4000-8000-000000000001';

const record: CoachingRecordDto = {
  candidateId,
  contacts: [
    {
      id: 'c2',
      candidateId,
      coachUserId: 'coach',
      contactDate: '2025-04-10',
      type: 'incident',
      notes: 'Vertrouwelijk: medicatie aangepast.',
      createdAt: '2025-04-10T10:00:00.000Z',
    },
    {
      id: 'c1',
      candidateId,
      coachUserId: 'coach',
      contactDate: '2025-03-03',
      type: 'workplace_visit',
      notes: null,
      createdAt: '2025-03-03T10:00:00.000Z',
    },
  ],
  goals: [
    {
      id: 'g1',
      candidateId,
      title: 'Zelfstandig de postronde lopen',
      status: 'in_progress',
      progressPercent: 40,
      targetDate: '2025-06-30',
      updatedAt: '2025-04-01T10:00:00.000Z',
    },
  ],
  weeks: [
    { weekStart: '2025-03-10', hours: 3.5, normHours: 4.8 },
    { weekStart: '2025-03-03', hours: 4.25, normHours: 4.8 },
  ],
  evaluations: [
    {
      id: 'e1',
      candidateId,
      milestoneMonths: 1,
      evaluationDate: '2025-04-03',
      wellbeing: 4,
      workloadFit: 3,
      teamFit: 5,
      managerSupport: 4,
      notes: 'Vertrouwelijk: slaapt slecht.',
    },
  ],
  upcomingEvaluations: [],
  signals: [],
  atRisk: false,
};

function input(overrides: Partial<LogbookPdfInput> = {}): LogbookPdfInput {
  return {
    organisationName: 'Ministerie van Voorbeeldzaken',
    candidateName: 'Sanne de Vries',
    bsnLast3: '782',
    coachName: 'Coby Coach',
    placementStartDate: '2025-03-03',
    placementHoursPerWeek: 32,
    record,
    lang: 'nl',
    generatedAt: new Date('2025-04-15T13:30:00.000Z'),
    compress: false,
    ...overrides,
  };
}

/** The text shown on the pages of an uncompressed pdfkit PDF (hex strings in WinAnsi). */
function pageText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  const showText =
    /\[((?:<[0-9a-fA-F]*>\s*-?[\d.]*\s*)+)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
  for (const match of source.matchAll(showText)) {
    const hexParts = match[1]
      ? [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1])
      : [match[2]];
    lines.push(
      hexParts
        .map((hex) => Buffer.from(hex, 'hex').toString('latin1'))
        .join(''),
    );
  }
  return lines.join('\n');
}

describe('renderLogbookPdf', () => {
  it('produces a tagged PDF with its language and title', async () => {
    const pdf = await renderLogbookPdf(input());
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('/DisplayDocTitle true');
  });

  it('shows hours per week beside the norm, with totals', async () => {
    const text = pageText(await renderLogbookPdf(input()));
    expect(text).toContain('Begeleidingsuren per week');
    expect(text).toMatch(/^3,50$/m);
    expect(text).toMatch(/^4,25$/m);
    expect(text).toMatch(/^7,75$/m);
    expect(text).toMatch(/^9,60$/m);
  });

  it('lists contacts, goals and evaluations', async () => {
    const text = pageText(await renderLogbookPdf(input()));
    expect(text).toContain('Werkplekbezoek');
    expect(text).toContain('Incident');
    expect(text).toContain('Zelfstandig de postronde lopen');
    expect(text).toContain('1 maand');
  });

  it('identifies the candidate by name and the last three BSN digits and prints no notes', async () => {
    const text = pageText(await renderLogbookPdf(input()));
    expect(text).toContain('Sanne de Vries');
    expect(text).toContain('782');
    expect(text).not.toContain('Vertrouwelijk');
  });

  it('speaks English when asked', async () => {
    const pdf = await renderLogbookPdf(input({ lang: 'en' }));
    const text = pageText(pdf);
    expect(pdf.toString('latin1')).toContain('/Lang (en-GB)');
    expect(text).toContain('Coaching hours per week');
    expect(text).toContain('Workplace visit');
  });
});
