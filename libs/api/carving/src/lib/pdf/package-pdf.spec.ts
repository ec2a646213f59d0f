import type { BusinessCaseDto, PackageDto } from '@jcw/shared-contracts';
import { renderPackagePdf, PackagePdfInput } from './package-pdf';

const pkg: PackageDto = {
  id: '6f1c1d8e-0000-4000-8000-000000000001',
  unitId: '6f1c1d8e-0000-4000-8000-0000000000a1',
  unitName: 'Facilitair Bedrijf',
  title: 'Postkamer- en archiefmedewerker',
  description:
    'Post sorteren en verdelen en de archiefachterstand wegwerken in een vast ritme.',
  status: 'published',
  version: 2,
  carvedJobPayScale: 'schaal 3',
  carvedJobCostPerHour: 32,
  workplacePostcode: null,
  workplaceLatitude: null,
  workplaceLongitude: null,
  accommodationsOffered: [],
  allocations: [
    {
      taskId: 'task-post',
      taskName: 'Inkomende post sorteren',
      functionId: 'function-secretary',
      functionTitle: 'Secretaresse',
      unitId: '6f1c1d8e-0000-4000-8000-0000000000a1',
      unitName: 'Facilitair Bedrijf',
      hoursPerWeek: 8,
      leftUndone: false,
      solitary: false,
    },
    {
      taskId: 'task-archive',
      taskName: 'Archiefachterstand wegwerken',
      functionId: 'function-admin',
      functionTitle: 'Administratief medewerker',
      unitId: '6f1c1d8e-0000-4000-8000-0000000000a2',
      unitName: 'Juridische Zaken',
      hoursPerWeek: 6,
      leftUndone: true,
      solitary: true,
    },
  ],
  summary: {
    hoursPerWeek: 14,
    jobUnits: 14 / 25.5,
    demandProfile: {
      concentration: 1,
      walking: 1,
      lifting_carrying: 2,
      noise: 0,
    },
    skills: ['post sorteren', 'archiveren'],
    complexity: 'mbo1',
    scheduleNeeds: { evenings: false, nights: false, weekends: false },
    warnings: [],
  },
  publishedAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
};

const businessCase: BusinessCaseDto = {
  packageId: pkg.id,
  version: 2,
  parametersYear: 2025,
  parametersToConfirm: false,
  levyPerUnfilledJob: 5900,
  weeksPerYear: 52,
  quotaStanding: 'assumed_under_quota',
  sourceFunctionTitles: {
    'function-secretary': 'Secretaresse',
    'function-admin': 'Administratief medewerker',
  },
  freedBySourceFunction: [
    {
      sourceFunctionId: 'function-secretary',
      hoursPerWeek: 8,
      fte: 8 / 36,
      valuePerWeek: 8 * 55,
      valuePerYear: 8 * 55 * 52,
    },
  ],
  freedHoursPerWeek: 8,
  freedFte: 8 / 36,
  freedValuePerWeek: 440,
  freedValuePerYear: 22880,
  carvedJobHoursPerWeek: 14,
  carvedJobGrossCostPerYear: 23296,
  wageCostSubsidyPerYear: 0,
  wageCostAdvantagePerYear: 0,
  carvedJobNetCostPerYear: 23296,
  netBenefitPerYear: -416,
  jobUnitsAdded: 14 / 25.5,
  levyAvoidedPerYear: (14 / 25.5) * 5900,
  netBenefitIncludingLevyPerYear: -416 + (14 / 25.5) * 5900,
  issues: [],
};

const DIMENSIONS: Record<string, { nl: string; en: string }> = {
  concentration: { nl: 'Concentratie', en: 'Concentration' },
  walking: { nl: 'Lopen', en: 'Walking' },
  lifting_carrying: { nl: 'Tillen en dragen', en: 'Lifting and carrying' },
  noise: { nl: 'Lawaai', en: 'Noise' },
};

function input(overrides: Partial<PackagePdfInput> = {}): PackagePdfInput {
  const lang = overrides.lang ?? 'nl';
  return {
    pkg,
    businessCase: null,
    lang,
    organisationName: 'Ministerie van Voorbeeldzaken',
    generatedAt: new Date('2025-03-05T13:30:00.000Z'),
    dimensionLabel: (key) => DIMENSIONS[key]?.[lang] ?? key,
    compress: false,
    ...overrides,
  };
}

/** The WinAnsi codes 0x80-0x9f that differ from Latin-1, as far as these tests need them. */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x91: '\u2018',
  0x92: '\u2019',
  0x93: '\u201c',
  0x94: '\u201d',
  0x95: '\u2022',
  0x96: '\u2013',
  0x97: '\u2014',
};

function decodeWinAnsi(hex: string): string {
  return [...Buffer.from(hex, 'hex')]
    .map((byte) => WIN_ANSI_HIGH[byte] ?? String.fromCharCode(byte))
    .join('');
}

/**
 * The text shown on the pages of an uncompressed pdfkit PDF: pdfkit writes each line as a hex
 * string or a TJ array of hex strings (split for kerning) in WinAnsi.
 */
function pageText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  const showText =
    /\[((?:<[0-9a-fA-F]*>\s*-?[\d.]*\s*)+)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
  for (const match of source.matchAll(showText)) {
    const hexParts = match[1]
      ? [...match[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1])
      : [match[2]];
    lines.push(hexParts.map(decodeWinAnsi).join(''));
  }
  return lines.join('\n');
}

/** A document information entry (pdfkit writes it as an indirect literal string). */
function infoEntry(raw: string, key: string): string | undefined {
  const reference = new RegExp(`/${key} (\\d+) 0 R`).exec(raw);
  if (!reference) return undefined;
  const object = new RegExp(
    `\\n${reference[1]} 0 obj\\n\\(([\\s\\S]*?)\\)\\nendobj`,
  ).exec(raw);
  if (!object) return undefined;
  const bytes = Buffer.from(object[1].replace(/\\([\\()])/g, '$1'), 'latin1');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    // UTF-16BE with a byte-order mark: swap to little-endian for Node.
    return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  }
  return bytes.toString('latin1');
}

describe('renderPackagePdf', () => {
  it('produces a PDF', async () => {
    const pdf = await renderPackagePdf(input({ compress: true }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('shows the title, the tasks, the hours and the job units', async () => {
    const text = pageText(await renderPackagePdf(input()));
    expect(text).toContain('Postkamer- en archiefmedewerker');
    expect(text).toContain('Ministerie van Voorbeeldzaken');
    expect(text).toContain('Inkomende post sorteren');
    expect(text).toContain('Archiefachterstand wegwerken');
    expect(text).toContain('Secretaresse');
    // A function from another unit names that unit.
    expect(text).toMatch(/Administratief medewerker\s+\(Juridische Zaken\)/);
    expect(text).toMatch(/^8$/m);
    expect(text).toMatch(/^6$/m);
    expect(text).toMatch(/^14$/m);
    expect(text).toContain('0,549');
  });

  it('lists only the non-zero demands with level words', async () => {
    const nl = pageText(await renderPackagePdf(input()));
    expect(nl).toContain('Concentratie: gemiddeld');
    expect(nl).toContain('Tillen en dragen: hoog');
    expect(nl).not.toContain('Lawaai');

    const en = pageText(await renderPackagePdf(input({ lang: 'en' })));
    expect(en).toContain('Concentration: moderate');
    expect(en).toContain('Lifting and carrying: high');
  });

  it('uses different labels per language', async () => {
    const nl = pageText(await renderPackagePdf(input({ lang: 'nl' })));
    const en = pageText(await renderPackagePdf(input({ lang: 'en' })));
    expect(nl).toContain('Taken');
    expect(nl).toContain('Uren per week');
    expect(nl).toContain('Mbo niveau 1');
    expect(nl).toContain('Overdag op werkdagen.');
    expect(en).toContain('Tasks');
    expect(en).toContain('Hours per week');
    expect(en).toContain('MBO level 1');
    expect(en).toContain('Daytime on weekdays.');
    expect(en).toContain('0.549');
    expect(en).not.toContain('Uren per week');
  });

  it('sets the title, language and tagging in the PDF metadata', async () => {
    const raw = (await renderPackagePdf(input({ lang: 'en' }))).toString(
      'latin1',
    );
    expect(infoEntry(raw, 'Title')).toBe('Postkamer- en archiefmedewerker');
    expect(infoEntry(raw, 'Author')).toBe('Ministerie van Voorbeeldzaken');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Marked true');
    const unicodeTitle = 'Waterloos wassen van dienstauto’s';
    const nl = (
      await renderPackagePdf(input({ pkg: { ...pkg, title: unicodeTitle } }))
    ).toString('latin1');
    expect(nl).toContain('/Lang (nl-NL)');
    expect(infoEntry(nl, 'Title')).toBe(unicodeTitle);
    expect(pageText(Buffer.from(nl, 'latin1'))).toContain(unicodeTitle);
  });

  it('spells out the warnings', async () => {
    const warned: PackageDto = {
      ...pkg,
      summary: {
        ...pkg.summary,
        hoursPerWeek: 10,
        warnings: [
          {
            code: 'no_funded_jobcoaching',
            hoursPerWeek: 10,
            minHoursPerWeek: 12,
          },
          { code: 'isolating_job' },
        ],
      },
    };
    const nl = pageText(await renderPackagePdf(input({ pkg: warned })));
    expect(nl).toContain('Aandachtspunten');
    expect(nl).toMatch(/geen gefinancierde\s+jobcoaching/);
    expect(nl).toContain('isolerend');
    const en = pageText(
      await renderPackagePdf(input({ pkg: warned, lang: 'en' })),
    );
    expect(en).toMatch(/funded job\s+coaching is not available/);
    expect(en).toContain('isolate');
  });

  it('adds the business case in euros only when given', async () => {
    const without = pageText(await renderPackagePdf(input()));
    expect(without).not.toContain('Kosten en baten');

    const nl = pageText(await renderPackagePdf(input({ businessCase })));
    expect(nl).toContain('Kosten en baten');
    expect(nl).toContain('8 uur per week (0,22 fte)');
    expect(nl).toContain('€\u00a022.880');
    expect(nl).toContain('€\u00a023.296');
    expect(nl).toContain('€\u00a03.239');

    const en = pageText(
      await renderPackagePdf(input({ businessCase, lang: 'en' })),
    );
    expect(en).toContain('Costs and benefits');
    expect(en).toContain('€22,880');
    expect(en).toContain('€3,239');
  });

  it('breaks long task tables over pages', async () => {
    const many: PackageDto = {
      ...pkg,
      allocations: Array.from({ length: 80 }, (_, i) => ({
        ...pkg.allocations[i % 2],
        taskId: `task-${i}`,
        taskName: `Taak nummer ${i + 1}`,
        hoursPerWeek: 0.25,
      })),
    };
    const pdf = await renderPackagePdf(input({ pkg: many }));
    const text = pageText(pdf);
    expect(text).toContain('Taak nummer 80');
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  });
});
