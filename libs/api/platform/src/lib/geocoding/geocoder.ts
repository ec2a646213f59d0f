import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * Where a candidate's coordinates come from when a postcode arrives without them. Matching needs
 * coordinates for the travel radius; the postcode alone is all a geocoder is ever sent.
 */
export abstract class Geocoder {
  /** null when the postcode is unknown or the service cannot be reached: never a guess. */
  abstract locate(postcode: string): Promise<Coordinates | null>;
}

/** The default: coordinates come with the data (the register file or the profile form). */
export class NoGeocoder extends Geocoder {
  async locate(): Promise<Coordinates | null> {
    return null;
  }
}

type Fetch = (
  url: string,
  init: { signal: AbortSignal },
) => Promise<{
  ok: boolean;
  json(): Promise<unknown>;
}>;

/** A WKT point as PDOK returns it, longitude first: `POINT(5.1156 52.0921)`. */
const WKT_POINT = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/;

/** The Dutch government's PDOK Locatieserver: the centre of a 6-position postcode. */
export class PdokGeocoder extends Geocoder {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: Fetch = fetch as unknown as Fetch,
    private readonly timeoutMs = 3000,
  ) {
    super();
  }

  async locate(postcode: string): Promise<Coordinates | null> {
    const query = new URLSearchParams({
      q: `postcode:${postcode.replace(/\s+/g, '').toUpperCase()}`,
      fq: 'type:postcode',
      fl: 'centroide_ll',
      rows: '1',
    });
    try {
      const response = await this.fetchImpl(
        `${this.baseUrl.replace(/\/$/, '')}/free?${query}`,
        { signal: AbortSignal.timeout(this.timeoutMs) },
      );
      if (!response.ok) return null;
      const body = (await response.json()) as {
        response?: { docs?: Array<{ centroide_ll?: unknown }> };
      };
      const point = body.response?.docs?.[0]?.centroide_ll;
      const match = typeof point === 'string' ? WKT_POINT.exec(point) : null;
      if (!match) return null;
      return { longitude: Number(match[1]), latitude: Number(match[2]) };
    } catch {
      // Unreachable or too slow: the profile is saved without coordinates rather than failing.
      return null;
    }
  }
}

export function geocoderFor(config: Pick<AppConfig, 'geocoder'>): Geocoder {
  return config.geocoder.kind === 'pdok'
    ? new PdokGeocoder(config.geocoder.url)
    : new NoGeocoder();
}

/** The provider every module that locates postcodes uses: chosen once from the config. */
export const geocoderProvider = {
  provide: Geocoder,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => geocoderFor(config),
};
