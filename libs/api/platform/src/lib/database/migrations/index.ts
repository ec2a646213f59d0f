import { PlatformFoundation1763870000000 } from './1763870000000-platform-foundation';
import { Identity1763880000000 } from './1763880000000-identity';
import { Candidates1763890000000 } from './1763890000000-candidates';
import { Carving1763900000000 } from './1763900000000-carving';
import { CarvingTemplates1763900000001 } from './1763900000001-carving-templates';
import { RegisterAndCoaching1763910000000 } from './1763910000000-register-and-coaching';
import { PlacementsAndQuota1763920000000 } from './1763920000000-placements-and-quota';
import { Matching1763930000000 } from './1763930000000-matching';

/**
 * Every migration of the product, oldest first. Domain libraries depend on the platform, so the
 * ordered list lives here rather than being discovered by file glob (bundled builds have no globs).
 */
export const migrations = [
  PlatformFoundation1763870000000,
  Identity1763880000000,
  Candidates1763890000000,
  Carving1763900000000,
  CarvingTemplates1763900000001,
  RegisterAndCoaching1763910000000,
  PlacementsAndQuota1763920000000,
  Matching1763930000000,
];
