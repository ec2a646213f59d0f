import { PdokGeocoder, geocoderFor } from './geocoder';

const answering = (body: unknown, ok = true) => {
  const calls: string[] = [];
  const fetchImpl = async (url: string) => {
    calls.push(url);
    return { ok, json: async () => body };
  };
  return { calls, fetchImpl };
};

describe('the PDOK geocoder', () => {
  it('asks for the postcode only and reads the centre point, longitude first', async () => {
    const { calls, fetchImpl } = answering({
      response: { docs: [{ centroide_ll: 'POINT(5.11562 52.09213)' }] },
    });
    const geocoder = new PdokGeocoder('https://pdok.example/v3_1/', fetchImpl);
    expect(await geocoder.locate('3511 ab')).toEqual({
      latitude: 52.09213,
      longitude: 5.11562,
    });
    const url = new URL(calls[0]);
    expect(url.pathname).toBe('/v3_1/free');
    expect(url.searchParams.get('q')).toBe('postcode:3511AB');
    expect(url.searchParams.get('fq')).toBe('type:postcode');
  });

  it('answers null, not a guess, for an unknown postcode, a failing service or a network error', async () => {
    expect(
      await new PdokGeocoder(
        'https://p',
        answering({ response: { docs: [] } }).fetchImpl,
      ).locate('9999ZZ'),
    ).toBeNull();
    expect(
      await new PdokGeocoder(
        'https://p',
        answering({}, false).fetchImpl,
      ).locate('3511AB'),
    ).toBeNull();
    const failing = async () => {
      throw new Error('ECONNREFUSED');
    };
    expect(
      await new PdokGeocoder('https://p', failing).locate('3511AB'),
    ).toBeNull();
  });

  it('is only used when configured', async () => {
    expect(
      await geocoderFor({ geocoder: { kind: 'none' } }).locate('3511AB'),
    ).toBeNull();
    expect(
      geocoderFor({ geocoder: { kind: 'pdok', url: 'https://p' } }),
    ).toBeInstanceOf(PdokGeocoder);
  });
});
