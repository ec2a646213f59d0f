import { EARTH_RADIUS_KM, distanceKm, hasLocation } from './geo';

describe('distanceKm', () => {
  it('measures one degree of latitude as the Earth radius times pi / 180', () => {
    expect(distanceKm(52, 5, 53, 5)).toBeCloseTo(
      (EARTH_RADIUS_KM * Math.PI) / 180,
      9,
    );
  });

  it('puts Amsterdam Centraal about 35 km from Utrecht Centraal as the crow flies', () => {
    expect(distanceKm(52.3791, 4.9003, 52.0894, 5.1101)).toBeCloseTo(35.1, 0);
  });

  it('is zero from a place to itself', () => {
    expect(distanceKm(52.0894, 5.1101, 52.0894, 5.1101)).toBe(0);
  });

  it('gives the same distance in both directions', () => {
    expect(distanceKm(51.44, 5.47, 53.22, 6.57)).toBe(
      distanceKm(53.22, 6.57, 51.44, 5.47),
    );
  });
});

describe('hasLocation', () => {
  it('treats missing, non-finite and out-of-range coordinates as no location', () => {
    expect(hasLocation(null, 5)).toBe(false);
    expect(hasLocation(52, null)).toBe(false);
    expect(hasLocation(Number.NaN, 5)).toBe(false);
    expect(hasLocation(91, 5)).toBe(false);
    expect(hasLocation(52, 181)).toBe(false);
    expect(hasLocation(52, 5)).toBe(true);
  });
});
