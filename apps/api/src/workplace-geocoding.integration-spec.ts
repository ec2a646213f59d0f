import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PackageDto } from '@jcw/shared-contracts';
import {
  RunningApi,
  integrationConfig,
  startHttpApp,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import { MatchingWorld, buildMatchingWorld } from './testing/matching-world';

/** What a stand-in for PDOK's Locatieserver knows: two Utrecht postcodes. */
const KNOWN: Record<string, string> = {
  '3511AB': 'POINT(5.1156 52.0921)',
  '3521AZ': 'POINT(5.1077 52.0894)',
};

/**
 * A package's workplace postcode without coordinates is located by the configured geocoder (here
 * a local stand-in answering as PDOK does), so an adviser never has to look up coordinates.
 */
describe('locating a package workplace from its postcode', () => {
  let pdok: Server;
  let api: RunningApi;
  let world: MatchingWorld;

  beforeAll(async () => {
    pdok = createServer((request, response) => {
      const query = new URL(request.url ?? '/', 'http://pdok').searchParams;
      const postcode = (query.get('q') ?? '').replace('postcode:', '');
      const point = KNOWN[postcode];
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({
          response: { docs: point ? [{ centroide_ll: point }] : [] },
        }),
      );
    });
    await new Promise<void>((done) => pdok.listen(0, '127.0.0.1', done));
    const config = integrationConfig({
      GEOCODER: 'pdok',
      PDOK_LOCATIESERVER_URL: `http://127.0.0.1:${(pdok.address() as AddressInfo).port}`,
    });
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildMatchingWorld(api, config);
  });

  afterAll(async () => {
    await api.app.close();
    await new Promise((done) => pdok.close(done));
  });

  it('fills the coordinates of a new package, and moves them with a new postcode', async () => {
    const pkg: PackageDto = await world.publishedPackage([{}], {
      workplacePostcode: '3511AB',
      workplaceLatitude: null,
      workplaceLongitude: null,
    });
    expect(pkg).toMatchObject({
      workplacePostcode: '3511AB',
      workplaceLatitude: 52.0921,
      workplaceLongitude: 5.1156,
    });
    const moved = await api.call('PATCH', `/api/packages/${pkg.id}`, {
      token: world.adviser.token,
      body: {
        workplacePostcode: '3521AZ',
        workplaceLatitude: null,
        workplaceLongitude: null,
      },
    });
    expect(moved.body).toMatchObject({
      workplaceLatitude: 52.0894,
      workplaceLongitude: 5.1077,
    });
    // An unknown postcode leaves no location rather than the old one.
    const unknown = await api.call('PATCH', `/api/packages/${pkg.id}`, {
      token: world.adviser.token,
      body: { workplacePostcode: '9999ZZ' },
    });
    expect(unknown.body).toMatchObject({
      workplacePostcode: '9999ZZ',
      workplaceLatitude: null,
      workplaceLongitude: null,
    });
    // Coordinates typed by hand win over the geocoder.
    const typed = await api.call('PATCH', `/api/packages/${pkg.id}`, {
      token: world.adviser.token,
      body: {
        workplacePostcode: '3511AB',
        workplaceLatitude: 52.1,
        workplaceLongitude: 5.2,
      },
    });
    expect(typed.body).toMatchObject({
      workplaceLatitude: 52.1,
      workplaceLongitude: 5.2,
    });
  });
});
