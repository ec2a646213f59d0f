import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { PackageAllocationEntity, toDomainTask } from '@jcw/api-carving';
import {
  EducationLevel,
  LimitationProfile,
  summarisePackage,
} from '@jcw/shared-domain';
import type { MatchCandidate, MatchPackage } from '@jcw/shared-matching';

/** A package as matching reads it, with what the API needs around it. */
export interface LoadedPackage {
  readonly input: MatchPackage;
  readonly organisationId: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly title: string;
  readonly status: string;
  readonly version: number;
}

/** A candidate as matching reads them, with the version their matches are stored against. */
export interface LoadedCandidate {
  readonly input: MatchCandidate;
  readonly version: number;
  readonly organisationId: string;
}

interface PackageRow {
  id: string;
  organisation_id: string;
  unit_id: string;
  unit_name: string;
  title: string;
  description: string | null;
  status: string;
  version: number;
  workplace_latitude: string | null;
  workplace_longitude: string | null;
  accommodations_offered: string[];
  sector: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(...texts: (string | null)[]): string[] {
  const words = new Set<string>();
  for (const text of texts)
    for (const word of (text ?? '').toLowerCase().match(WORD) ?? [])
      words.add(word);
  return [...words];
}

const numberOrNull = (value: string | number | null): number | null =>
  value === null ? null : Number(value);

/**
 * Packages by id, summarised by the same domain rules the composer shows (hours, demand per
 * dimension as the maximum over the tasks, skills, complexity, schedule), in the order asked.
 */
export async function loadPackages(
  manager: EntityManager,
  packageIds: readonly string[],
): Promise<LoadedPackage[]> {
  if (packageIds.length === 0) return [];
  const rows = (await manager.query(
    `SELECT p.id, p.organisation_id, p.unit_id, u.name AS unit_name, p.title, p.description,
            p.status, p.version, p.workplace_latitude, p.workplace_longitude,
            p.accommodations_offered, o.sector
       FROM carved_packages p
       JOIN org_units u ON u.id = p.unit_id
       JOIN organisations o ON o.id = p.organisation_id
      WHERE p.id = ANY($1::uuid[])`,
    [packageIds],
  )) as PackageRow[];
  const allocations = await manager.find(PackageAllocationEntity, {
    where: { packageId: In([...packageIds]) },
    relations: { task: true },
    order: { taskId: 'ASC' },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return packageIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const own = allocations.flatMap((allocation) =>
      allocation.packageId === id && allocation.task
        ? [{ task: allocation.task, hoursPerWeek: allocation.hoursPerWeek }]
        : [],
    );
    const summary = summarisePackage({
      allocations: own.map((allocation) => ({
        task: toDomainTask(allocation.task),
        hoursPerWeek: allocation.hoursPerWeek,
      })),
    });
    const input: MatchPackage = {
      id,
      hoursPerWeek: summary.hoursPerWeek,
      demandProfile: summary.demandProfile,
      scheduleNeeds: summary.scheduleNeeds,
      latitude: numberOrNull(row.workplace_latitude),
      longitude: numberOrNull(row.workplace_longitude),
      skills: summary.skills,
      complexity: summary.complexity,
      sector: row.sector,
      keywords: wordsOf(
        row.title,
        row.description,
        ...own.map((allocation) => allocation.task.name),
      ),
      accommodationsOffered: row.accommodations_offered,
      tasks: own.map((allocation) => ({
        id: allocation.task.id,
        name: allocation.task.name,
        hoursPerWeek: allocation.hoursPerWeek,
        demands: allocation.task.demands,
        scheduleNeeds: {
          evenings: allocation.task.evenings,
          nights: allocation.task.nights,
          weekends: allocation.task.weekends,
        },
      })),
    };
    return [
      {
        input,
        organisationId: row.organisation_id,
        unitId: row.unit_id,
        unitName: row.unit_name,
        title: row.title,
        status: row.status,
        version: row.version,
      },
    ];
  });
}

/** Every published package of an organisation, as matching reads them. */
export async function loadPublishedPackages(
  manager: EntityManager,
  organisationId: string,
): Promise<LoadedPackage[]> {
  const rows = (await manager.query(
    `SELECT id FROM carved_packages WHERE organisation_id = $1 AND status = 'published' ORDER BY id`,
    [organisationId],
  )) as { id: string }[];
  return loadPackages(
    manager,
    rows.map((row) => row.id),
  );
}

const CANDIDATE_COLUMNS = `id, organisation_id, version, status, consent_given,
  register_end_date::text AS register_end_date, limitations, max_hours_per_week,
  max_hours_per_day, evenings_allowed, nights_allowed, weekends_allowed, latitude, longitude,
  travel_radius_km, skills, interests, preferred_sectors, education_level, accommodations`;

interface CandidateRow {
  id: string;
  organisation_id: string;
  version: number;
  status: string;
  consent_given: boolean;
  register_end_date: string | null;
  limitations: LimitationProfile;
  max_hours_per_week: string | null;
  max_hours_per_day: string | null;
  evenings_allowed: boolean;
  nights_allowed: boolean;
  weekends_allowed: boolean;
  latitude: string | null;
  longitude: string | null;
  travel_radius_km: number | null;
  skills: string[];
  interests: string[];
  preferred_sectors: string[];
  education_level: EducationLevel | null;
  accommodations: string[];
}

function toLoadedCandidate(row: CandidateRow): LoadedCandidate {
  return {
    version: row.version,
    organisationId: row.organisation_id,
    input: {
      id: row.id,
      status: row.status,
      consentGiven: row.consent_given,
      registerEndDate: row.register_end_date,
      limitations: row.limitations,
      maxHoursPerWeek: numberOrNull(row.max_hours_per_week),
      maxHoursPerDay: numberOrNull(row.max_hours_per_day),
      eveningsAllowed: row.evenings_allowed,
      nightsAllowed: row.nights_allowed,
      weekendsAllowed: row.weekends_allowed,
      latitude: numberOrNull(row.latitude),
      longitude: numberOrNull(row.longitude),
      travelRadiusKm: row.travel_radius_km,
      skills: row.skills,
      interests: row.interests,
      preferredSectors: row.preferred_sectors,
      educationLevel: row.education_level,
      accommodations: row.accommodations,
    },
  };
}

export async function loadCandidate(
  manager: EntityManager,
  candidateId: string,
): Promise<LoadedCandidate | null> {
  const rows = (await manager.query(
    `SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE id = $1 AND erased_at IS NULL`,
    [candidateId],
  )) as CandidateRow[];
  return rows.length ? toLoadedCandidate(rows[0]) : null;
}

/** Which eligible people a run may look at, beyond the organisation. */
export interface PoolFilter {
  labourMarketRegion?: string;
  jobcoachUserId?: string;
  minCompleteness?: number;
  excludeProposed?: boolean;
}

const KM_PER_DEGREE_LATITUDE = 111.2;

/**
 * The eligible candidates who could reach at least one of these workplaces: a bounding box of the
 * widest travel radius in the pool around each workplace, read through the partial index on
 * eligible people. In a national pool most people live too far away to ever match, so not reading
 * them at all is the largest saving there is; the engine then applies the exact distance.
 */
export async function loadPool(
  manager: EntityManager,
  organisationId: string,
  today: string,
  workplaces: readonly { latitude: number | null; longitude: number | null }[],
  filter: PoolFilter = {},
): Promise<LoadedCandidate[]> {
  const located = workplaces.filter(
    (workplace): workplace is { latitude: number; longitude: number } =>
      workplace.latitude !== null && workplace.longitude !== null,
  );
  if (located.length === 0) return [];
  const eligible = `organisation_id = $1 AND status IN ('available', 'in_process')
    AND consent_given AND erased_at IS NULL
    AND (register_end_date IS NULL OR register_end_date > $2::date)`;
  const [{ widest }] = (await manager.query(
    `SELECT max(travel_radius_km) AS widest FROM candidates WHERE ${eligible}`,
    [organisationId, today],
  )) as { widest: number | null }[];
  if (widest === null) return [];
  const boxes = located.map((workplace) => {
    const latitudeSpan = widest / KM_PER_DEGREE_LATITUDE;
    const longitudeSpan =
      widest /
      (KM_PER_DEGREE_LATITUDE *
        Math.max(0.2, Math.cos((workplace.latitude * Math.PI) / 180)));
    return [
      workplace.latitude - latitudeSpan,
      workplace.latitude + latitudeSpan,
      workplace.longitude - longitudeSpan,
      workplace.longitude + longitudeSpan,
    ];
  });
  const boxCondition = boxes
    .map(
      (_, index) =>
        `(latitude BETWEEN $${3 + index * 4} AND $${4 + index * 4} AND longitude BETWEEN $${5 + index * 4} AND $${6 + index * 4})`,
    )
    .join(' OR ');
  const parameters: unknown[] = [organisationId, today, ...boxes.flat()];
  const extra: string[] = [];
  if (filter.labourMarketRegion) {
    parameters.push(filter.labourMarketRegion);
    extra.push(`labour_market_region = $${parameters.length}`);
  }
  if (filter.jobcoachUserId) {
    parameters.push(filter.jobcoachUserId);
    extra.push(`jobcoach_user_id = $${parameters.length}`);
  }
  if (filter.minCompleteness !== undefined) {
    parameters.push(filter.minCompleteness);
    extra.push(`completeness_score >= $${parameters.length}`);
  }
  if (filter.excludeProposed)
    extra.push(
      `NOT EXISTS (SELECT 1 FROM proposals pr WHERE pr.candidate_id = candidates.id AND pr.status = 'proposed')`,
    );
  const rows = (await manager.query(
    `SELECT ${CANDIDATE_COLUMNS} FROM candidates
      WHERE ${eligible} AND (${boxCondition})
      ${extra.map((condition) => `AND ${condition}`).join(' ')}`,
    parameters,
  )) as CandidateRow[];
  return rows.map(toLoadedCandidate);
}
