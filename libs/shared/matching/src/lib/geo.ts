/** Straight-line distance on a sphere: the one definition of "within travel radius". */

/** Mean Earth radius; the product measures travel as the crow flies, not by road. */
export const EARTH_RADIUS_KM = 6371;

const RADIANS_PER_DEGREE = Math.PI / 180;

export function toRadians(degrees: number): number {
  return degrees * RADIANS_PER_DEGREE;
}

/**
 * Out-of-range or non-finite coordinates count as "no location", so garbage can never pass the
 * distance constraint by accident (NaN compares false with everything).
 */
export function hasLocation(
  latitude: number | null,
  longitude: number | null,
): latitude is number {
  return (
    latitude !== null &&
    longitude !== null &&
    Number.isFinite(latitude) &&
    Number.isFinite(longitude) &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  );
}

/**
 * Haversine distance from angles already in radians, with the cosines of the latitudes passed in
 * so the columnar engine can precompute them once per candidate. Every distance in the library goes
 * through this function with the candidate first, so the engine and `checkPair` get bit-identical
 * results and agree on boundary cases.
 */
export function haversineKmFromRadians(
  candidatePhi: number,
  candidateLambda: number,
  candidateCosPhi: number,
  workplacePhi: number,
  workplaceLambda: number,
  workplaceCosPhi: number,
): number {
  const sinHalfDeltaPhi = Math.sin((workplacePhi - candidatePhi) / 2);
  const sinHalfDeltaLambda = Math.sin((workplaceLambda - candidateLambda) / 2);
  const a =
    sinHalfDeltaPhi * sinHalfDeltaPhi +
    candidateCosPhi * workplaceCosPhi * sinHalfDeltaLambda * sinHalfDeltaLambda;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Distance in km between a candidate's home and a workplace, both in degrees. */
export function distanceKm(
  candidateLatitude: number,
  candidateLongitude: number,
  workplaceLatitude: number,
  workplaceLongitude: number,
): number {
  const candidatePhi = toRadians(candidateLatitude);
  const workplacePhi = toRadians(workplaceLatitude);
  return haversineKmFromRadians(
    candidatePhi,
    toRadians(candidateLongitude),
    Math.cos(candidatePhi),
    workplacePhi,
    toRadians(workplaceLongitude),
    Math.cos(workplacePhi),
  );
}
