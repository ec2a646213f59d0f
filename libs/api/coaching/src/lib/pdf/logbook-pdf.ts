/**
 * A candidate's coaching logbook as a PDF for the coach's funding report: contacts, hours per
 * week beside the funded norm, goals and evaluations. It identifies the candidate by name and the
 * last three digits of the citizen number only, and prints no free-text notes, since those may
 * hold health details a funder does not need.
 */
import { TaggedWriter, renderTaggedPdf } from '@jcw/api-platform';
import type {
  CoachingRecordDto,
  ContactType,
  GoalStatus,
} from '@jcw/shared-contracts';

export type LogbookPdfLanguage = 'nl' | 'en';

export interface LogbookPdfInput {
  organisationName: string;
  candidateName: string;
  bsnLast3: string;
  coachName: string | null;
  placementStartDate: string | null;
  placementHoursPerWeek: number | null;
  record: CoachingRecordDto;
  lang: LogbookPdfLanguage;
  generatedAt: Date;
  /** Compress the content streams; tests switch it off to read the text. Defaults to true. */
  compress?: boolean;
}

interface Labels {
  documentKind: string;
  bsn: string;
  organisation: string;
  coach: string;
  noCoach: string;
  placementStart: string;
  placementHours: string;
  noPlacement: string;
  generatedAt: string;
  hours: string;
  weekColumn: string;
  hoursColumn: string;
  normColumn: string;
  total: string;
  noNorm: string;
  normNote: string;
  noHours: string;
  contacts: string;
  dateColumn: string;
  typeColumn: string;
  noContacts: string;
  notesNote: string;
  goals: string;
  goalColumn: string;
  statusColumn: string;
  progressColumn: string;
  targetColumn: string;
  noGoals: string;
  evaluations: string;
  milestoneColumn: string;
  months: (months: number) => string;
  wellbeing: string;
  workloadFit: string;
  teamFit: string;
  managerSupport: string;
  scaleNote: string;
  noEvaluations: string;
  contactTypes: Record<ContactType, string>;
  goalStatuses: Record<GoalStatus, string>;
}

const LABELS: Readonly<Record<LogbookPdfLanguage, Labels>> = {
  nl: {
    documentKind: 'Logboek jobcoaching',
    bsn: 'BSN (laatste 3 cijfers)',
    organisation: 'Werkgever',
    coach: 'Jobcoach',
    noCoach: 'Niet toegewezen',
    placementStart: 'Start plaatsing',
    placementHours: 'Werkuren per week',
    noPlacement: 'Geen plaatsing vastgelegd',
    generatedAt: 'Gemaakt op',
    hours: 'Begeleidingsuren per week',
    weekColumn: 'Week van',
    hoursColumn: 'Uren',
    normColumn: 'Norm',
    total: 'Totaal',
    noNorm: '-',
    normNote:
      'Norm: ten hoogste 15 % van de werkuren in het eerste jaar van de plaatsing, 7,5 % in het tweede en 6 % in het derde jaar.',
    noHours: 'Nog geen uren vastgelegd.',
    contacts: 'Contacten',
    dateColumn: 'Datum',
    typeColumn: 'Soort contact',
    noContacts: 'Nog geen contacten vastgelegd.',
    notesNote:
      'Aantekeningen blijven in het begeleidingsdossier en staan niet in dit logboek.',
    goals: 'Doelen',
    goalColumn: 'Doel',
    statusColumn: 'Status',
    progressColumn: 'Voortgang',
    targetColumn: 'Streefdatum',
    noGoals: 'Nog geen doelen vastgelegd.',
    evaluations: 'Evaluaties',
    milestoneColumn: 'Moment',
    months: (months) => `${months} ${months === 1 ? 'maand' : 'maanden'}`,
    wellbeing: 'Welbevinden',
    workloadFit: 'Werkbelasting',
    teamFit: 'Team',
    managerSupport: 'Steun leidinggevende',
    scaleNote: 'Scores van 1 (slecht) tot 5 (goed).',
    noEvaluations: 'Nog geen evaluaties vastgelegd.',
    contactTypes: {
      intake: 'Intake',
      workplace_visit: 'Werkplekbezoek',
      call: 'Telefoongesprek',
      evaluation: 'Evaluatie',
      incident: 'Incident',
    },
    goalStatuses: {
      open: 'Open',
      in_progress: 'Bezig',
      achieved: 'Behaald',
      dropped: 'Vervallen',
    },
  },
  en: {
    documentKind: 'Job coaching logbook',
    bsn: 'Citizen number (last 3 digits)',
    organisation: 'Employer',
    coach: 'Jobcoach',
    noCoach: 'Not assigned',
    placementStart: 'Placement start',
    placementHours: 'Working hours per week',
    noPlacement: 'No placement recorded',
    generatedAt: 'Generated on',
    hours: 'Coaching hours per week',
    weekColumn: 'Week of',
    hoursColumn: 'Hours',
    normColumn: 'Norm',
    total: 'Total',
    noNorm: '-',
    normNote:
      'Norm: at most 15 % of the working hours in the first year of the placement, 7.5 % in the second and 6 % in the third year.',
    noHours: 'No hours recorded yet.',
    contacts: 'Contacts',
    dateColumn: 'Date',
    typeColumn: 'Kind of contact',
    noContacts: 'No contacts recorded yet.',
    notesNote:
      'Notes stay in the coaching record and are not part of this logbook.',
    goals: 'Goals',
    goalColumn: 'Goal',
    statusColumn: 'Status',
    progressColumn: 'Progress',
    targetColumn: 'Target date',
    noGoals: 'No goals recorded yet.',
    evaluations: 'Evaluations',
    milestoneColumn: 'Milestone',
    months: (months) => `${months} ${months === 1 ? 'month' : 'months'}`,
    wellbeing: 'Wellbeing',
    workloadFit: 'Workload',
    teamFit: 'Team',
    managerSupport: 'Manager support',
    scaleNote: 'Scores from 1 (poor) to 5 (good).',
    noEvaluations: 'No evaluations recorded yet.',
    contactTypes: {
      intake: 'Intake',
      workplace_visit: 'Workplace visit',
      call: 'Call',
      evaluation: 'Evaluation',
      incident: 'Incident',
    },
    goalStatuses: {
      open: 'Open',
      in_progress: 'In progress',
      achieved: 'Achieved',
      dropped: 'Dropped',
    },
  },
};

const LOCALES: Readonly<Record<LogbookPdfLanguage, string>> = {
  nl: 'nl-NL',
  en: 'en-GB',
};

interface Formatters {
  hours: (value: number) => string;
  date: (isoDate: string) => string;
  dateTime: (value: Date) => string;
}

function formatters(lang: LogbookPdfLanguage): Formatters {
  const locale = LOCALES[lang];
  const hours = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  // ISO dates are calendar days: format them at UTC midnight so no time zone shifts the day.
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  return {
    hours: (value) => hours.format(value),
    date: (isoDate) => date.format(new Date(`${isoDate}T00:00:00Z`)),
    dateTime: (value) => dateTime.format(value),
  };
}

/** Hours rounded to the column's two decimals; sums of floats drift otherwise. */
function roundHours(hours: number): number {
  return Math.round(hours * 100) / 100;
}

function writeDocument(
  writer: TaggedWriter,
  input: LogbookPdfInput,
  labels: Labels,
  format: Formatters,
): void {
  const { record } = input;

  writer.overline(labels.documentKind);
  writer.heading(input.candidateName, 1);
  writer.facts([
    [labels.bsn, `\u2026${input.bsnLast3}`],
    [labels.organisation, input.organisationName],
    [labels.coach, input.coachName ?? labels.noCoach],
    [
      labels.placementStart,
      input.placementStartDate
        ? format.date(input.placementStartDate)
        : labels.noPlacement,
    ],
    ...(input.placementHoursPerWeek !== null
      ? [
          [
            labels.placementHours,
            format.hours(input.placementHoursPerWeek),
          ] as const,
        ]
      : []),
    [labels.generatedAt, format.dateTime(input.generatedAt)],
  ]);

  writer.heading(labels.hours, 2);
  if (record.weeks.length === 0) {
    writer.paragraph(labels.noHours);
  } else {
    // Oldest week first reads like a logbook; the record lists newest first.
    const weeks = [...record.weeks].reverse();
    const totalHours = roundHours(weeks.reduce((sum, w) => sum + w.hours, 0));
    const normed = weeks.filter((w) => w.normHours !== null);
    const totalNorm = roundHours(
      normed.reduce((sum, w) => sum + (w.normHours ?? 0), 0),
    );
    writer.table(
      [labels.weekColumn, labels.hoursColumn, labels.normColumn],
      [
        ...weeks.map((week) => [
          format.date(week.weekStart),
          format.hours(week.hours),
          week.normHours === null
            ? labels.noNorm
            : format.hours(week.normHours),
        ]),
        [
          labels.total,
          format.hours(totalHours),
          normed.length === 0 ? labels.noNorm : format.hours(totalNorm),
        ],
      ],
      [0.5, 0.25, 0.25],
      ['left', 'right', 'right'],
      true,
    );
    writer.note(labels.normNote);
  }

  writer.heading(labels.contacts, 2);
  if (record.contacts.length === 0) {
    writer.paragraph(labels.noContacts);
  } else {
    writer.table(
      [labels.dateColumn, labels.typeColumn],
      [...record.contacts]
        .reverse()
        .map((contact) => [
          format.date(contact.contactDate),
          labels.contactTypes[contact.type],
        ]),
      [0.35, 0.65],
      ['left', 'left'],
    );
    writer.note(labels.notesNote);
  }

  writer.heading(labels.goals, 2);
  if (record.goals.length === 0) {
    writer.paragraph(labels.noGoals);
  } else {
    writer.table(
      [
        labels.goalColumn,
        labels.statusColumn,
        labels.progressColumn,
        labels.targetColumn,
      ],
      [...record.goals]
        .reverse()
        .map((goal) => [
          goal.title,
          labels.goalStatuses[goal.status],
          `${goal.progressPercent} %`,
          goal.targetDate ? format.date(goal.targetDate) : '-',
        ]),
      [0.46, 0.18, 0.14, 0.22],
      ['left', 'left', 'right', 'left'],
    );
  }

  writer.heading(labels.evaluations, 2);
  if (record.evaluations.length === 0) {
    writer.paragraph(labels.noEvaluations);
  } else {
    writer.table(
      [
        labels.milestoneColumn,
        labels.dateColumn,
        labels.wellbeing,
        labels.workloadFit,
        labels.teamFit,
        labels.managerSupport,
      ],
      [...record.evaluations]
        .sort((a, b) => a.milestoneMonths - b.milestoneMonths)
        .map((evaluation) => [
          labels.months(evaluation.milestoneMonths),
          format.date(evaluation.evaluationDate),
          String(evaluation.wellbeing),
          String(evaluation.workloadFit),
          String(evaluation.teamFit),
          String(evaluation.managerSupport),
        ]),
      [0.16, 0.2, 0.15, 0.16, 0.12, 0.21],
      ['left', 'left', 'right', 'right', 'right', 'right'],
    );
    writer.note(labels.scaleNote);
  }
}

/** Renders the logbook as an A4 PDF (tagged, with title and language set) in `input.lang`. */
export function renderLogbookPdf(input: LogbookPdfInput): Promise<Buffer> {
  const labels = LABELS[input.lang];
  const format = formatters(input.lang);
  const title = `${labels.documentKind}: ${input.candidateName}`;
  return renderTaggedPdf(
    {
      lang: LOCALES[input.lang],
      title,
      subject: title,
      author: input.organisationName,
      createdAt: input.generatedAt,
      compress: input.compress,
    },
    (writer) => writeDocument(writer, input, labels, format),
  );
}
