import type { Seed } from '@jcw/api-platform';
import { identityDemoSeed } from '@jcw/api-identity';
import { candidatesDemoSeed } from '@jcw/api-candidates';
import { carvingDemoSeed } from '@jcw/api-carving';
import { coachingDemoSeed } from '@jcw/api-coaching';
import { placementsDemoSeed } from '@jcw/api-placements';
import { matchingDemoSeed } from '@jcw/api-matching';

/** Demo data, applied once per database by `cli.js seed --demo`; domain modules add theirs here. */
export const demoSeeds: readonly Seed[] = [
  identityDemoSeed,
  candidatesDemoSeed,
  carvingDemoSeed,
  coachingDemoSeed,
  placementsDemoSeed,
  matchingDemoSeed,
];
