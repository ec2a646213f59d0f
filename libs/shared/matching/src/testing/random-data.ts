/**
 * Seeded synthetic candidates and packages for property tests and the benchmark. Three styles:
 * national (spread over the Netherlands, so most pairs fail on distance), regional (one labour
 * market region, a realistic mix of reasons) and dense (everyone close by with low limitations,
 * so nearly every pair is feasible and must be scored).
 */
import {
  DEMAND_DIMENSION_KEYS,
  DemandDimensionKey,
  DemandLevel,
  EDUCATION_LEVELS,
  EducationLevel,
  ScheduleNeeds,
} from '@jcw/shared-domain';
import { MatchCandidate, MatchPackage, MatchPackageTask } from '../lib/model';
import { TODAY, UTRECHT, summariseTasks } from './builders';

export type DataStyle = 'national' | 'regional' | 'dense';

/** mulberry32, the same generator as tools/register/generate-register.mjs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SKILLS = [
  'schoonmaken',
  'koffie zetten',
  'post sorteren',
  'scannen',
  'archiveren',
  'telefoon aannemen',
  'gasten ontvangen',
  'vakken vullen',
  'orderpicken',
  'inpakken',
  'etiketteren',
  'heftruck',
  'palletwagen',
  'groenonderhoud',
  'snoeien',
  'maaien',
  'afwassen',
  'groente snijden',
  'broodjes smeren',
  'kassa',
  'data invoeren',
  'kopiëren',
  'vergaderzaal klaarzetten',
  'boodschappen doen',
  'fietsen repareren',
  'textiel vouwen',
  'wassen en strijken',
  'voorraad tellen',
  'zorgbed opmaken',
  'maaltijden rondbrengen',
  'wandelen met bewoners',
  'printer bijvullen',
  'afval scheiden',
  'auto wassen',
  'materiaal uitgeven',
  'badges maken',
  'rondleiden',
  'excel',
  'word',
  'schilderen',
];

export const SECTORS = [
  'zorg',
  'overheid',
  'onderwijs',
  'logistiek',
  'horeca',
  'retail',
  'facilitair',
  'groen',
  'industrie',
  'zakelijke dienstverlening',
];

export const INTEREST_PHRASES = [
  'werken met dieren',
  'buiten werken in het groen',
  'koken en bakken',
  'computers en techniek',
  'mensen helpen',
  'opruimen en ordenen',
  'fietsen en sleutelen',
  'muziek maken',
  'sport en bewegen',
  'administratie bijhouden',
  'winkel en klanten',
  'ouderen gezelschap houden',
];

export const TASK_NAMES = [
  'Post sorteren en rondbrengen',
  'Balie bemensen',
  'Vergaderzalen klaarzetten',
  'Archief scannen',
  'Groen onderhouden',
  'Koffie rondbrengen',
  'Magazijn opruimen',
  'Maaltijden rondbrengen',
  'Administratie bijhouden',
  'Kantine schoonmaken',
];

export const ACCOMMODATIONS = [
  'rustige werkplek',
  'aangepaste stoel',
  'vaste begeleider',
  'flexibele begintijd',
  'hoog-laag bureau',
  'pauzeruimte',
];

/** Bounds of the national style: roughly the Netherlands. */
export const NETHERLANDS = {
  latitudeMin: 50.75,
  latitudeMax: 53.55,
  longitudeMin: 3.35,
  longitudeMax: 7.25,
} as const;

type Random = () => number;

const between = (random: Random, from: number, to: number) =>
  from + random() * (to - from);
const integerBetween = (random: Random, from: number, to: number) =>
  from + Math.floor(random() * (to - from + 1));
const halves = (value: number) => Math.round(value * 2) / 2;

function pick<T>(random: Random, values: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  for (let i = 0; i < count; i++) {
    chosen.add(values[Math.floor(random() * values.length)]);
  }
  return [...chosen];
}

/** Free text as people type it: now and then capitals or stray spaces. */
function typed(random: Random, term: string): string {
  const roll = random();
  if (roll < 0.1) return term.toUpperCase();
  if (roll < 0.2) return ` ${term[0].toUpperCase()}${term.slice(1)} `;
  return term;
}

function levels(
  random: Random,
  oneBelow: number,
  twoBelow: number,
): Partial<Record<DemandDimensionKey, DemandLevel>> {
  const profile: Partial<Record<DemandDimensionKey, DemandLevel>> = {};
  for (const key of DEMAND_DIMENSION_KEYS) {
    const roll = random();
    if (roll >= twoBelow) continue;
    profile[key] = roll < oneBelow ? 2 : 1;
  }
  return profile;
}

function placeFor(
  random: Random,
  style: DataStyle,
): { latitude: number; longitude: number } {
  if (style === 'national') {
    return {
      latitude: between(
        random,
        NETHERLANDS.latitudeMin,
        NETHERLANDS.latitudeMax,
      ),
      longitude: between(
        random,
        NETHERLANDS.longitudeMin,
        NETHERLANDS.longitudeMax,
      ),
    };
  }
  const spread = style === 'regional' ? 0.3 : 0.03;
  return {
    latitude: UTRECHT.latitude + between(random, -spread, spread),
    longitude: UTRECHT.longitude + between(random, -1.5 * spread, 1.5 * spread),
  };
}

/**
 * The matching profile of a person (what a coach records), without identity, eligibility or
 * location: the benchmark combines it with register rows that bring those.
 */
export function randomProfile(
  random: Random,
  style: DataStyle,
): Pick<
  MatchCandidate,
  | 'limitations'
  | 'maxHoursPerWeek'
  | 'maxHoursPerDay'
  | 'eveningsAllowed'
  | 'nightsAllowed'
  | 'weekendsAllowed'
  | 'travelRadiusKm'
  | 'skills'
  | 'interests'
  | 'preferredSectors'
  | 'accommodations'
> {
  const dense = style === 'dense';
  return {
    // Mostly no limitation, some limited, a few strongly limited (dense: never strongly).
    limitations: dense ? levels(random, 0, 0.05) : levels(random, 0.06, 0.2),
    maxHoursPerWeek:
      random() < 0.1
        ? null
        : dense
          ? integerBetween(random, 16, 40)
          : integerBetween(random, 8, 32),
    maxHoursPerDay:
      random() < 0.2
        ? null
        : dense
          ? halves(between(random, 6, 9))
          : halves(between(random, 3, 8)),
    eveningsAllowed: random() < (dense ? 0.5 : 0.3),
    nightsAllowed: random() < (dense ? 0.3 : 0.1),
    weekendsAllowed: random() < (dense ? 0.5 : 0.25),
    travelRadiusKm:
      !dense && random() < 0.02
        ? null
        : halves(between(random, dense ? 10 : 5, 40)),
    skills: pick(random, SKILLS, integerBetween(random, 0, 6)).map((skill) =>
      typed(random, skill),
    ),
    interests: pick(random, INTEREST_PHRASES, integerBetween(random, 0, 3)),
    preferredSectors: pick(random, SECTORS, integerBetween(random, 0, 2)).map(
      (sector) => typed(random, sector),
    ),
    accommodations: pick(
      random,
      ACCOMMODATIONS,
      random() < 0.6 ? 0 : integerBetween(random, 1, 2),
    ),
  };
}

function eligibility(
  random: Random,
  style: DataStyle,
): Pick<MatchCandidate, 'status' | 'consentGiven' | 'registerEndDate'> {
  if (style === 'dense') {
    return { status: 'available', consentGiven: true, registerEndDate: null };
  }
  const statusRoll = random();
  const endRoll = random();
  return {
    status:
      statusRoll < 0.85
        ? 'available'
        : statusRoll < 0.93
          ? 'in_process'
          : statusRoll < 0.97
            ? 'placed'
            : 'inactive',
    consentGiven: random() < 0.95,
    registerEndDate:
      endRoll < 0.9
        ? null
        : endRoll < 0.93
          ? TODAY
          : endRoll < 0.96
            ? '2026-06-30'
            : '2027-03-31',
  };
}

export function randomCandidates(
  count: number,
  seed: number,
  style: DataStyle = 'national',
): MatchCandidate[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const place =
      style !== 'dense' && random() < 0.03
        ? { latitude: null, longitude: null }
        : placeFor(random, style);
    const educationRoll = random();
    return {
      id: `c${seed}-${String(index).padStart(6, '0')}`,
      ...eligibility(random, style),
      ...place,
      educationLevel:
        educationRoll < 0.1
          ? null
          : EDUCATION_LEVELS[Math.floor(random() * EDUCATION_LEVELS.length)],
      ...randomProfile(random, style),
    };
  });
}

function randomNeeds(random: Random, style: DataStyle): ScheduleNeeds {
  const rare = style === 'dense' ? 0 : 1;
  return {
    evenings: random() < 0.1 * rare,
    nights: random() < 0.03 * rare,
    weekends: random() < 0.08 * rare,
  };
}

export function randomPackages(
  count: number,
  seed: number,
  style: DataStyle = 'national',
): MatchPackage[] {
  const random = seededRandom(seed ^ 0x5bd1e995);
  return Array.from({ length: count }, (_, index) => {
    const id = `p${seed}-${String(index).padStart(4, '0')}`;
    const tasks: MatchPackageTask[] = Array.from(
      { length: integerBetween(random, 1, 4) },
      (_, taskIndex) => ({
        id: `${id}-t${taskIndex}`,
        name: TASK_NAMES[Math.floor(random() * TASK_NAMES.length)],
        hoursPerWeek: integerBetween(random, 2, style === 'dense' ? 6 : 10),
        demands:
          style === 'dense'
            ? levels(random, 0, 0.15)
            : levels(random, 0.08, 0.3),
        scheduleNeeds: randomNeeds(random, style),
      }),
    );
    const place =
      style === 'national' && random() < 0.02
        ? { latitude: null, longitude: null }
        : placeFor(random, style === 'dense' ? 'dense' : style);
    return {
      id,
      ...summariseTasks(tasks),
      ...place,
      skills: pick(random, SKILLS, integerBetween(random, 0, 4)),
      complexity: EDUCATION_LEVELS[
        integerBetween(random, 0, 4)
      ] as EducationLevel,
      sector:
        random() < 0.8 ? SECTORS[Math.floor(random() * SECTORS.length)] : null,
      keywords: [
        ...pick(random, INTEREST_PHRASES, integerBetween(random, 0, 2)),
        ...tasks.map((task) => task.name),
      ],
      accommodationsOffered: pick(
        random,
        ACCOMMODATIONS,
        integerBetween(random, 0, 3),
      ),
      tasks,
    };
  });
}
