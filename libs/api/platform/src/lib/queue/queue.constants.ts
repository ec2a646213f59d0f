import type { JobsOptions } from 'bullmq';

/**
 * Queue and job names of the whole product, with their payload types. Producers (the outbox) and
 * processors import these, never string literals, and the worker checks at start-up that every
 * job name has exactly one handler.
 */
export const QueueName = {
  platform: 'platform',
  matching: 'matching',
  candidates: 'candidates',
  quota: 'quota',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  platformPing: 'platform.ping',
  packagePublished: 'carving.package-published',
  registerImport: 'candidates.register-import',
  candidateCountingChanged: 'placements.candidate-counting-changed',
  candidateMatchingChanged: 'matching.candidate-changed',
  candidatePoolChanged: 'matching.pool-changed',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

/** Which queue carries which job. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.platformPing]: QueueName.platform,
  [JobName.packagePublished]: QueueName.matching,
  [JobName.registerImport]: QueueName.candidates,
  [JobName.candidateCountingChanged]: QueueName.quota,
  [JobName.candidateMatchingChanged]: QueueName.matching,
  [JobName.candidatePoolChanged]: QueueName.matching,
};

export interface PlatformPingPayload {
  pingId: string;
  /** Test hook: hold the job this long before applying its effect (0 in normal use). */
  holdBeforeEffectMs?: number;
  /** Test hook: hold the job this long after committing its effect, before it completes. */
  holdAfterEffectMs?: number;
}

/** A package version was published (or a published package edited): matching re-scores it. */
export interface PackagePublishedPayload {
  packageId: string;
  organisationId: string;
  version: number;
}

/** An uploaded register file waits in register_import_chunks: the worker streams and imports it. */
export interface RegisterImportPayload {
  importId: string;
  organisationId: string;
}

/**
 * A candidate's register end date or target group changed: their placements are recounted (hours
 * after the register end no longer count). The job id carries the candidate's version.
 */
export interface CandidateCountingChangedPayload {
  candidateId: string;
  organisationId: string;
  version: number;
}

/**
 * A candidate's profile changed in a way matching reads (limitations, hours, location, skills,
 * status, consent ...): their matches against every published package are replaced. The job id
 * carries the candidate's version, so a stale job finds a newer version and does nothing.
 */
export interface CandidateMatchingChangedPayload {
  candidateId: string;
  organisationId: string;
  version: number;
}

/**
 * Many candidates changed at once (a register import): every published package of the
 * organisation is re-scored. The job id carries what caused it (the import id).
 */
export interface CandidatePoolChangedPayload {
  organisationId: string;
  cause: string;
}

export interface JobPayloads {
  [JobName.platformPing]: PlatformPingPayload;
  [JobName.packagePublished]: PackagePublishedPayload;
  [JobName.registerImport]: RegisterImportPayload;
  [JobName.candidateCountingChanged]: CandidateCountingChangedPayload;
  [JobName.candidateMatchingChanged]: CandidateMatchingChangedPayload;
  [JobName.candidatePoolChanged]: CandidatePoolChangedPayload;
}

/**
 * Defaults for every job: retried with exponential backoff (a crashed worker's job comes back as
 * stalled and is retried too), and completed jobs are kept long enough that a re-enqueue with the
 * same deterministic jobId is recognised as a duplicate.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 50_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
