/**
 * A carved package as a printable job description for the candidate and the manager: what the
 * job is, which tasks it holds, what it asks, and (for the manager) what it costs and frees.
 * It is built from the package alone and never carries candidate data.
 */
import { TaggedWriter, renderTaggedPdf } from '@jcw/api-platform';
import type {
  BusinessCaseDto,
  PackageDto,
  PackageStatus,
} from '@jcw/shared-contracts';
import {
  DEMAND_DIMENSION_KEYS,
  EducationLevel,
  PackageWarning,
  ScheduleNeeds,
} from '@jcw/shared-domain';

export type PackagePdfLanguage = 'nl' | 'en';

export interface PackagePdfInput {
  pkg: PackageDto;
  /** Shown as a short section for the manager; null leaves it out. */
  businessCase: BusinessCaseDto | null;
  lang: PackagePdfLanguage;
  organisationName: string;
  generatedAt: Date;
  /** Label of a demand dimension in `lang`, from the demand catalogue. */
  dimensionLabel: (key: string) => string;
  /** Compress the content streams; tests switch it off to read the text. Defaults to true. */
  compress?: boolean;
}

interface Labels {
  documentKind: string;
  status: string;
  version: string;
  hoursPerWeek: string;
  jobUnits: string;
  generatedAt: string;
  description: string;
  tasks: string;
  taskColumn: string;
  functionColumn: string;
  hoursColumn: string;
  total: string;
  education: string;
  skills: string;
  noSkills: string;
  demands: string;
  noDemands: string;
  schedule: string;
  scheduleNone: string;
  scheduleAlso: (parts: string[]) => string;
  evenings: string;
  nights: string;
  weekends: string;
  warnings: string;
  businessCase: string;
  freedHours: string;
  freedHoursValue: (hours: string, fte: string) => string;
  freedValuePerYear: string;
  grossCostPerYear: string;
  netCostPerYear: string;
  jobUnitsAdded: string;
  levyAvoidedPerYear: string;
  parametersYear: (year: number) => string;
  parametersToConfirm: string;
  assumedUnderQuota: string;
  statuses: Record<PackageStatus, string>;
  levels: Record<1 | 2, string>;
  educationLevels: Record<EducationLevel, string>;
  warning: (warning: PackageWarning, format: Formatters) => string;
}

const LABELS: Readonly<Record<PackagePdfLanguage, Labels>> = {
  nl: {
    documentKind: 'Functieomschrijving',
    status: 'Status',
    version: 'Versie',
    hoursPerWeek: 'Uren per week',
    jobUnits: 'Banen (banenafspraak)',
    generatedAt: 'Gemaakt op',
    description: 'Omschrijving',
    tasks: 'Taken',
    taskColumn: 'Taak',
    functionColumn: 'Afkomstig van functie',
    hoursColumn: 'Uren per week',
    total: 'Totaal',
    education: 'Vereist opleidingsniveau',
    skills: 'Vaardigheden',
    noSkills: 'Geen bijzondere vaardigheden nodig.',
    demands: 'Belasting in het werk',
    noDemands: 'Het werk vraagt op alle punten weinig.',
    schedule: 'Werktijden',
    scheduleNone: 'Overdag op werkdagen.',
    scheduleAlso: (parts) => `Het werk vraagt ook: ${parts.join(', ')}.`,
    evenings: 'avonden',
    nights: 'nachten',
    weekends: 'weekenden',
    warnings: 'Aandachtspunten',
    businessCase: 'Kosten en baten',
    freedHours: 'Vrijgespeelde uren bij vaste medewerkers',
    freedHoursValue: (hours, fte) => `${hours} uur per week (${fte} fte)`,
    freedValuePerYear: 'Waarde van de vrijgespeelde uren per jaar',
    grossCostPerYear: 'Brutokosten van de functie per jaar',
    netCostPerYear: 'Nettokosten van de functie per jaar',
    jobUnitsAdded: 'Extra banen voor de banenafspraak',
    levyAvoidedPerYear: 'Vermeden quotumheffing per jaar',
    parametersYear: (year) => `Berekend met de parameters van ${year}.`,
    parametersToConfirm: 'Deze parameters zijn nog niet definitief.',
    assumedUnderQuota:
      'Aangenomen is dat de organisatie het quotum nog niet haalt.',
    statuses: {
      draft: 'Concept',
      published: 'Gepubliceerd',
      filled: 'Vervuld',
      closed: 'Gesloten',
    },
    levels: { 1: 'gemiddeld', 2: 'hoog' },
    educationLevels: {
      none: 'Geen opleiding vereist',
      mbo1: 'Mbo niveau 1 (entreeopleiding)',
      mbo2: 'Mbo niveau 2',
      mbo3: 'Mbo niveau 3',
      mbo4: 'Mbo niveau 4',
      hbo: 'Hbo',
      wo: 'Wo',
    },
    warning: (warning, format) =>
      warning.code === 'no_funded_jobcoaching'
        ? `Met ${format.hours(warning.hoursPerWeek)} uur per week blijft het pakket onder ${format.hours(warning.minHoursPerWeek)} uur: er is geen gefinancierde jobcoaching mogelijk.`
        : "Alle taken worden alleen uitgevoerd: de functie kan isolerend werken. Zorg voor vaste contactmomenten met collega's.",
  },
  en: {
    documentKind: 'Job description',
    status: 'Status',
    version: 'Version',
    hoursPerWeek: 'Hours per week',
    jobUnits: 'Job units (job agreement)',
    generatedAt: 'Generated on',
    description: 'Description',
    tasks: 'Tasks',
    taskColumn: 'Task',
    functionColumn: 'Taken from function',
    hoursColumn: 'Hours per week',
    total: 'Total',
    education: 'Required education level',
    skills: 'Skills',
    noSkills: 'No particular skills needed.',
    demands: 'Demands of the work',
    noDemands: 'The work asks little on every point.',
    schedule: 'Working times',
    scheduleNone: 'Daytime on weekdays.',
    scheduleAlso: (parts) => `The work also needs: ${parts.join(', ')}.`,
    evenings: 'evenings',
    nights: 'nights',
    weekends: 'weekends',
    warnings: 'Points of attention',
    businessCase: 'Costs and benefits',
    freedHours: 'Hours freed for regular staff',
    freedHoursValue: (hours, fte) => `${hours} hours per week (${fte} FTE)`,
    freedValuePerYear: 'Value of the freed hours per year',
    grossCostPerYear: 'Gross cost of the job per year',
    netCostPerYear: 'Net cost of the job per year',
    jobUnitsAdded: 'Job units added to the job agreement',
    levyAvoidedPerYear: 'Quota levy avoided per year',
    parametersYear: (year) => `Calculated with the parameters of ${year}.`,
    parametersToConfirm: 'These parameters are not final yet.',
    assumedUnderQuota: 'The organisation is assumed not to meet its quota yet.',
    statuses: {
      draft: 'Draft',
      published: 'Published',
      filled: 'Filled',
      closed: 'Closed',
    },
    levels: { 1: 'moderate', 2: 'high' },
    educationLevels: {
      none: 'No education required',
      mbo1: 'MBO level 1 (entry level)',
      mbo2: 'MBO level 2',
      mbo3: 'MBO level 3',
      mbo4: 'MBO level 4',
      hbo: 'Higher professional education (HBO)',
      wo: 'University (WO)',
    },
    warning: (warning, format) =>
      warning.code === 'no_funded_jobcoaching'
        ? `At ${format.hours(warning.hoursPerWeek)} hours per week the package stays below ${format.hours(warning.minHoursPerWeek)} hours: funded job coaching is not available.`
        : 'Every task is done alone: the job may isolate the person. Plan regular contact with colleagues.',
  },
};

const LOCALES: Readonly<Record<PackagePdfLanguage, string>> = {
  nl: 'nl-NL',
  en: 'en-GB',
};

interface Formatters {
  hours: (value: number) => string;
  jobUnits: (value: number) => string;
  fte: (value: number) => string;
  euros: (value: number) => string;
  dateTime: (value: Date) => string;
}

function formatters(lang: PackagePdfLanguage): Formatters {
  const locale = LOCALES[lang];
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const jobUnits = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
  const fte = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const euros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  return {
    hours: (value) => hours.format(value),
    jobUnits: (value) => jobUnits.format(value),
    fte: (value) => fte.format(value),
    euros: (value) => euros.format(value),
    dateTime: (value) => dateTime.format(value),
  };
}

function demandLines(input: PackagePdfInput, labels: Labels): string[] {
  const profile = input.pkg.summary.demandProfile;
  const known: readonly string[] = DEMAND_DIMENSION_KEYS;
  const keys = [
    ...known.filter((key) => key in profile),
    ...Object.keys(profile).filter((key) => !known.includes(key)),
  ];
  return keys.flatMap((key) => {
    const level = profile[key];
    return level === 1 || level === 2
      ? [`${input.dimensionLabel(key)}: ${labels.levels[level]}`]
      : [];
  });
}

function scheduleText(needs: ScheduleNeeds, labels: Labels): string {
  const parts = [
    needs.evenings ? labels.evenings : null,
    needs.nights ? labels.nights : null,
    needs.weekends ? labels.weekends : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? labels.scheduleNone : labels.scheduleAlso(parts);
}

function writeDocument(
  writer: TaggedWriter,
  input: PackagePdfInput,
  labels: Labels,
  format: Formatters,
): void {
  const { pkg, businessCase } = input;

  writer.overline(labels.documentKind);
  writer.heading(pkg.title, 1);
  writer.paragraph(`${input.organisationName} \u2013 ${pkg.unitName}`, {
    size: 11,
  });
  writer.space(0.6);
  writer.facts([
    [
      labels.status,
      `${labels.statuses[pkg.status]}, ${labels.version.toLowerCase()} ${pkg.version}`,
    ],
    [labels.hoursPerWeek, format.hours(pkg.summary.hoursPerWeek)],
    [labels.jobUnits, format.jobUnits(pkg.summary.jobUnits)],
    [labels.generatedAt, format.dateTime(input.generatedAt)],
  ]);

  if (pkg.description && pkg.description.trim() !== '') {
    writer.heading(labels.description, 2);
    writer.paragraph(pkg.description.trim());
  }

  writer.heading(labels.tasks, 2);
  writer.table(
    [labels.taskColumn, labels.functionColumn, labels.hoursColumn],
    [
      ...pkg.allocations.map((allocation) => [
        allocation.taskName,
        allocation.unitName && allocation.unitName !== pkg.unitName
          ? `${allocation.functionTitle} (${allocation.unitName})`
          : allocation.functionTitle,
        format.hours(allocation.hoursPerWeek),
      ]),
      ['', labels.total, format.hours(pkg.summary.hoursPerWeek)],
    ],
    [0.46, 0.36, 0.18],
    ['left', 'left', 'right'],
    true,
  );

  writer.heading(labels.education, 2);
  writer.paragraph(labels.educationLevels[pkg.summary.complexity]);

  writer.heading(labels.skills, 2);
  if (pkg.summary.skills.length === 0) writer.paragraph(labels.noSkills);
  else writer.paragraph(pkg.summary.skills.join(', '));

  writer.heading(labels.demands, 2);
  const demands = demandLines(input, labels);
  if (demands.length === 0) writer.paragraph(labels.noDemands);
  else writer.list(demands);

  writer.heading(labels.schedule, 2);
  writer.paragraph(scheduleText(pkg.summary.scheduleNeeds, labels));

  if (pkg.summary.warnings.length > 0) {
    writer.heading(labels.warnings, 2);
    writer.list(
      pkg.summary.warnings.map((warning) => labels.warning(warning, format)),
    );
  }

  if (businessCase) {
    writer.heading(labels.businessCase, 2);
    writer.facts([
      [
        labels.freedHours,
        labels.freedHoursValue(
          format.hours(businessCase.freedHoursPerWeek),
          format.fte(businessCase.freedFte),
        ),
      ],
      [labels.freedValuePerYear, format.euros(businessCase.freedValuePerYear)],
      [
        labels.grossCostPerYear,
        format.euros(businessCase.carvedJobGrossCostPerYear),
      ],
      [
        labels.netCostPerYear,
        format.euros(businessCase.carvedJobNetCostPerYear),
      ],
      [labels.jobUnitsAdded, format.jobUnits(businessCase.jobUnitsAdded)],
      [
        labels.levyAvoidedPerYear,
        format.euros(businessCase.levyAvoidedPerYear),
      ],
    ]);
    writer.space(0.4);
    const notes = [labels.parametersYear(businessCase.parametersYear)];
    if (businessCase.parametersToConfirm)
      notes.push(labels.parametersToConfirm);
    if (businessCase.quotaStanding === 'assumed_under_quota') {
      notes.push(labels.assumedUnderQuota);
    }
    writer.note(notes.join(' '));
  }
}

/** Renders the package as an A4 PDF (tagged, with title and language set) in `input.lang`. */
export function renderPackagePdf(input: PackagePdfInput): Promise<Buffer> {
  const labels = LABELS[input.lang];
  const format = formatters(input.lang);
  return renderTaggedPdf(
    {
      lang: LOCALES[input.lang],
      title: input.pkg.title,
      subject: `${labels.documentKind}: ${input.pkg.title}`,
      author: input.organisationName,
      createdAt: input.generatedAt,
      compress: input.compress,
    },
    (writer) => writeDocument(writer, input, labels, format),
  );
}
