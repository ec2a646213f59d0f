import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { MatchScoringService } from '@jcw/api-matching';
import type {
  CarvingFeedbackDto,
  NearMissesDto,
  PackageDto,
  PackageMatchPage,
  ProposalDto,
} from '@jcw/shared-contracts';
import {
  RunningApi,
  integrationConfig,
  integrationRun,
  startHttpApp,
} from '@jcw/testing-integration';
import { ApiModule } from './app/api.module';
import {
  MatchingWorld,
  WORKPLACE,
  buildMatchingWorld,
} from './testing/matching-world';

/**
 * Matching over HTTP on a real database. Scoring runs are the worker's service, called here in
 * process right after the change (the outbox-to-worker path has its own test with the real worker
 * process); everything else goes through the API as users would.
 */
describe('matching over HTTP', () => {
  let api: RunningApi;
  let world: MatchingWorld;
  let scoring: MatchScoringService;
  const config = integrationConfig();
  const db = new Client({ connectionString: integrationRun().databaseUrl });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = <T = any>(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    token: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) =>
    api.call(method, path, { token, body, headers }) as Promise<{
      status: number;
      body: T & {
        code?: string;
        message?: string;
        details?: Array<{ field: string; message: string }>;
      };
    }>;
  const score = (pkg: PackageDto) =>
    scoring.scorePackageRun(pkg.id, pkg.version);
  const matchesOf = async (pkg: PackageDto) =>
    (
      await call<PackageMatchPage>(
        'GET',
        `/api/packages/${pkg.id}/matches?pageSize=100`,
        world.adviser.token,
      )
    ).body;

  beforeAll(async () => {
    api = await startHttpApp(ApiModule.forRoot(config), config);
    world = await buildMatchingWorld(api, config);
    scoring = new MatchScoringService(
      api.app.get<DataSource>(getDataSourceToken()),
    );
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await api.app.close();
  });

  describe('ranked matches', () => {
    let pkg: PackageDto;
    let closeFit: string;
    let weakerFit: string;
    let blockedOnContact: string;
    let tooFar: string;
    let noConsent: string;

    beforeAll(async () => {
      closeFit = await world.matchable({
        skills: ['post sorteren', 'scannen'],
        maxHoursPerWeek: 20,
      });
      weakerFit = await world.matchable({
        skills: [],
        maxHoursPerWeek: 40,
        latitude: WORKPLACE.latitude + 0.1,
      });
      blockedOnContact = await world.matchable({
        limitations: { customer_contact: 2 },
      });
      // 13 km away with a 10 km radius: inside the widest radius of the pool (15 km), so it is
      // read and reported as a near miss on distance alone.
      tooFar = await world.matchable({
        latitude: WORKPLACE.latitude + 0.12,
        travelRadiusKm: 10,
      });
      noConsent = await world.matchable();
      await call('PATCH', `/api/candidates/${noConsent}`, world.adviser.token, {
        consentGiven: false,
      });
      pkg = await world.publishedPackage([
        {
          name: 'Post sorteren',
          hoursPerWeek: 12,
          demands: { concentration: 1 },
          skills: ['post sorteren', 'scannen'],
        },
        {
          name: 'Bezoekers ontvangen',
          hoursPerWeek: 8,
          demands: { customer_contact: 1 },
          skills: ['post sorteren'],
        },
      ]);
    });

    it('says pending until the package version is scored, then ready', async () => {
      expect((await matchesOf(pkg)).status).toBe('pending');
      expect(await score(pkg)).toMatchObject({ status: 'done' });
      const page = await matchesOf(pkg);
      expect(page).toMatchObject({
        status: 'ready',
        computedForVersion: pkg.version,
      });
    });

    it('ranks only feasible candidates, best first, each score explained by its parts', async () => {
      const page = await matchesOf(pkg);
      const ids = page.items.map((item) => item.candidateId);
      expect(ids).toContain(closeFit);
      expect(ids).toContain(weakerFit);
      expect(ids).not.toContain(blockedOnContact);
      expect(ids).not.toContain(tooFar);
      expect(ids).not.toContain(noConsent);
      expect(ids.indexOf(closeFit)).toBeLessThan(ids.indexOf(weakerFit));
      for (const item of page.items) {
        const sum = item.parts.reduce((total, part) => total + part.points, 0);
        expect(item.score).toBeCloseTo(sum, 0);
        expect(item.parts.map((part) => part.key).sort()).toEqual(
          [
            'accommodations',
            'education',
            'hours',
            'interests',
            'skills',
            'travel',
          ].sort(),
        );
        expect(item.dimensions.every((check) => check.ok)).toBe(true);
        expect(item.candidateName).toMatch(/^Kandidaat /);
      }
      const stored = await db.query(
        `SELECT DISTINCT engine_version FROM matches WHERE package_id = $1`,
        [pkg.id],
      );
      expect(stored.rows).toEqual([
        { engine_version: page.items[0].engineVersion },
      ]);
    });

    it('reports the near misses with the one constraint each fails', async () => {
      const misses = (
        await call<NearMissesDto>(
          'GET',
          `/api/packages/${pkg.id}/near-misses`,
          world.adviser.token,
        )
      ).body;
      const byId = new Map(
        misses.items.map((miss) => [miss.candidateId, miss.constraint]),
      );
      expect(byId.get(blockedOnContact)).toMatchObject({
        code: 'dimension',
        dimension: 'customer_contact',
        demand: 1,
        limitation: 2,
      });
      expect(byId.get(tooFar)).toMatchObject({ code: 'distance' });
      // Without consent a person is not in the pool at all, not even as a near miss.
      expect(byId.has(noConsent)).toBe(false);
    });

    it('tells the composer which task keeps candidates out', async () => {
      const feedback = (
        await call<CarvingFeedbackDto>(
          'GET',
          `/api/packages/${pkg.id}/carving-feedback`,
          world.adviser.token,
        )
      ).body;
      const reception = feedback.tasks.find(
        (task) => task.taskName === 'Bezoekers ontvangen',
      );
      expect(reception?.gainedWithoutTask).toBeGreaterThanOrEqual(1);
      expect(reception?.gainedByLowering).toContainEqual({
        dimension: 'customer_contact',
        from: 1,
        to: 0,
        gained: expect.any(Number),
      });
      expect(
        reception?.gainedByLowering.find(
          (lowered) => lowered.dimension === 'customer_contact',
        )?.gained,
      ).toBeGreaterThanOrEqual(1);
    });

    it('re-scores a candidate whose profile changed, and a stale job changes nothing', async () => {
      const changed = await call(
        'PATCH',
        `/api/candidates/${weakerFit}`,
        world.adviser.token,
        { limitations: { concentration: 2 } },
      );
      expect(changed.status).toBe(200);
      const [{ version }] = (
        await db.query(`SELECT version FROM candidates WHERE id = $1`, [
          weakerFit,
        ])
      ).rows;
      const outbox = await db.query(
        `SELECT job_id FROM outbox_messages WHERE job_id = $1`,
        [`matching.candidate-changed.${weakerFit}.${version}`],
      );
      expect(outbox.rowCount).toBe(1);
      expect(
        await scoring.scoreCandidateRun(weakerFit, version - 1),
      ).toMatchObject({ status: 'skipped', reason: 'stale candidate version' });
      expect(
        (await matchesOf(pkg)).items.map((item) => item.candidateId),
      ).toContain(weakerFit);
      expect(await scoring.scoreCandidateRun(weakerFit, version)).toMatchObject(
        { status: 'done' },
      );
      expect(
        (await matchesOf(pkg)).items.map((item) => item.candidateId),
      ).not.toContain(weakerFit);
    });

    it('ignores a job for an older package version', async () => {
      const edited = await call<PackageDto>(
        'PATCH',
        `/api/packages/${pkg.id}`,
        world.adviser.token,
        { title: `${pkg.title} (v2)` },
      );
      expect(edited.body.version).toBe(pkg.version + 1);
      expect(await scoring.scorePackageRun(pkg.id, pkg.version)).toEqual({
        status: 'skipped',
        reason: 'stale package version',
      });
      expect((await matchesOf(pkg)).status).toBe('pending');
      expect(await score(edited.body)).toMatchObject({ status: 'done' });
      expect((await matchesOf(pkg)).computedForVersion).toBe(pkg.version + 1);
      pkg = edited.body;
    });

    it('shows a jobcoach the matches of their own people only, and managers no ranking at all', async () => {
      const candidateMatches = (token: string) =>
        call('GET', `/api/candidates/${closeFit}/matches`, token);
      expect(
        (await candidateMatches(world.adviser.token)).body.items.map(
          (item: { packageId: string }) => item.packageId,
        ),
      ).toContain(pkg.id);
      expect((await candidateMatches(world.jobcoach.token)).status).toBe(404);
      const assigned = await call(
        'PATCH',
        `/api/candidates/${closeFit}`,
        world.adviser.token,
        { jobcoachUserId: world.jobcoach.user.id },
      );
      expect(assigned.status).toBe(200);
      const own = await candidateMatches(world.jobcoach.token);
      expect(own.status).toBe(200);
      expect(
        own.body.items.map((item: { packageId: string }) => item.packageId),
      ).toContain(pkg.id);
      for (const token of [world.manager.token, world.jobcoach.token])
        expect(
          (await call('GET', `/api/packages/${pkg.id}/matches`, token)).status,
        ).toBe(403);
    });
  });

  describe('proposals', () => {
    let pkg: PackageDto;
    let person: string;

    beforeAll(async () => {
      person = await world.matchable(
        { limitations: { concentration: 1, lifting_carrying: 2 } },
        `Voorstel-${randomUUID().slice(0, 4)}`,
      );
      pkg = await world.publishedPackage([
        { hoursPerWeek: 16, demands: { concentration: 1 } },
      ]);
      await score(pkg);
    });

    const propose = (candidateId: string, packageId: string, key?: string) =>
      call<ProposalDto>(
        'POST',
        '/api/proposals',
        world.adviser.token,
        { packageId, candidateId, motivation: 'Past goed bij het team' },
        key ? { 'Idempotency-Key': key } : undefined,
      );

    it('proposes once: a second proposal of the same person is a 409, a retried request replays', async () => {
      const key = randomUUID();
      const [first, retried] = await Promise.all([
        propose(person, pkg.id, key),
        propose(person, pkg.id, key),
      ]);
      expect(first.status).toBe(201);
      expect(retried.status).toBe(201);
      expect(retried.body.id).toBe(first.body.id);
      const again = await propose(person, pkg.id);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('PROPOSAL_EXISTS');
      const notified = await db.query(
        `SELECT kind FROM notifications WHERE recipient_user_id = $1 AND payload->>'proposalId' = $2`,
        [world.manager.user.id, first.body.id],
      );
      expect(notified.rows).toEqual([{ kind: 'proposal_received' }]);
    });

    it('refuses to propose someone who fails a hard limit, naming the field', async () => {
      const blocked = await world.matchable({ maxHoursPerWeek: 8 });
      const answer = await propose(blocked, pkg.id);
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('MATCH_NOT_FEASIBLE');
      expect(answer.body.details?.[0]).toMatchObject({
        field: 'candidateId',
        message: 'hours_per_week',
      });
      const bad = await call('POST', '/api/proposals', world.adviser.token, {
        packageId: 'nope',
        candidateId: blocked,
      });
      expect(bad.status).toBe(400);
      expect(
        bad.body.details?.map((detail: { field: string }) => detail.field),
      ).toContain('packageId');
    });

    it('shows the manager of the unit the fit without a name, audits the read, and hides it from other managers', async () => {
      const [open] = (
        await call(
          'GET',
          `/api/proposals?status=proposed&packageId=${pkg.id}`,
          world.manager.token,
        )
      ).body;
      const read = await call<ProposalDto>(
        'GET',
        `/api/proposals/${open.id}`,
        world.manager.token,
      );
      expect(read.status).toBe(200);
      expect(read.body.candidateName).toBeNull();
      expect(read.body.candidate.pseudonym).toMatch(/^K-[0-9A-Z]{6}$/);
      // The person's limitation on lifting is none of this package's business.
      expect(read.body.candidate.limitations).toEqual({ concentration: 1 });
      expect(JSON.stringify(read.body)).not.toContain('Voorstel-');
      const audit = await db.query(
        `SELECT action FROM audit_log WHERE actor_user_id = $1 AND entity_id = $2`,
        [world.manager.user.id, person],
      );
      expect(audit.rows).toContainEqual({ action: 'profile.read' });
      expect(
        (
          await call(
            'GET',
            `/api/proposals/${open.id}`,
            world.otherManager.token,
          )
        ).status,
      ).toBe(404);
      expect(
        (
          await call(
            'POST',
            `/api/proposals/${open.id}/accept`,
            world.otherManager.token,
            { startDate: '2027-01-04', contractKind: 'employment' },
          )
        ).status,
      ).toBe(404);
    });

    it('accepts into a placement with its ledger line in one go; a second accept changes nothing', async () => {
      const [open] = (
        await call(
          'GET',
          `/api/proposals?status=proposed&packageId=${pkg.id}`,
          world.manager.token,
        )
      ).body;
      const accept = () =>
        call<ProposalDto>(
          'POST',
          `/api/proposals/${open.id}/accept`,
          world.manager.token,
          { startDate: '2027-01-04', contractKind: 'employment' },
        );
      const [one, two] = await Promise.all([accept(), accept()]);
      const statuses = [one.status, two.status].sort();
      expect(statuses).toEqual([200, 409]);
      const accepted = one.status === 200 ? one.body : two.body;
      expect(accepted).toMatchObject({ status: 'accepted' });
      const placements = await db.query(
        `SELECT id, package_id, start_date::text AS start FROM placements WHERE candidate_id = $1`,
        [person],
      );
      expect(placements.rows).toEqual([
        { id: accepted.placementId, package_id: pkg.id, start: '2027-01-04' },
      ]);
      const ledger = await db.query(
        `SELECT kind FROM quota_ledger WHERE placement_id = $1`,
        [accepted.placementId],
      );
      expect(ledger.rows).toEqual([{ kind: 'placement_started' }]);
      const [{ status }] = (
        await db.query(`SELECT status FROM carved_packages WHERE id = $1`, [
          pkg.id,
        ])
      ).rows;
      expect(status).toBe('filled');
      const decided = await db.query(
        `SELECT payload->>'proposalStatus' AS status FROM notifications
          WHERE recipient_user_id = $1 AND payload->>'proposalId' = $2`,
        [world.adviser.user.id, open.id],
      );
      expect(decided.rows).toEqual([{ status: 'accepted' }]);
      const sustainability = await call(
        'GET',
        '/api/placements/sustainability',
        world.adviser.token,
      );
      expect(sustainability.body.funnel).toMatchObject({
        proposalsMade: 1,
        proposalsAccepted: 1,
        placementsOnPackages: 1,
      });
    });

    it('accepts only one of two proposals that together exceed the person’s hours, even at once', async () => {
      const busy = await world.matchable({ maxHoursPerWeek: 24 });
      const first = await world.publishedPackage([{ hoursPerWeek: 16 }]);
      const second = await world.publishedPackage([{ hoursPerWeek: 16 }]);
      const a = await propose(busy, first.id);
      const b = await propose(busy, second.id);
      expect([a.status, b.status]).toEqual([201, 201]);
      const accept = (id: string) =>
        call('POST', `/api/proposals/${id}/accept`, world.manager.token, {
          startDate: '2027-02-01',
          contractKind: 'employment',
        });
      const answers = await Promise.all([accept(a.body.id), accept(b.body.id)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      expect(answers.find((answer) => answer.status === 409)?.body.code).toBe(
        'CANDIDATE_HOURS_EXCEEDED',
      );
      const placed = await db.query(
        `SELECT count(*)::int AS n FROM placements WHERE candidate_id = $1`,
        [busy],
      );
      expect(placed.rows[0].n).toBe(1);
      const open = await db.query(
        `SELECT count(*)::int AS n FROM proposals WHERE candidate_id = $1 AND status = 'proposed'`,
        [busy],
      );
      expect(open.rows[0].n).toBe(1);
    });

    it('records a rejection with its reason and reports it per package and unit', async () => {
      const other = await world.matchable();
      const target = await world.publishedPackage([{ hoursPerWeek: 12 }]);
      const proposal = await propose(other, target.id);
      const invalid = await call(
        'POST',
        `/api/proposals/${proposal.body.id}/reject`,
        world.manager.token,
        { reason: 'too_expensive' },
      );
      expect(invalid.status).toBe(400);
      expect(invalid.body.details?.[0].field).toBe('reason');
      const rejected = await call<ProposalDto>(
        'POST',
        `/api/proposals/${proposal.body.id}/reject`,
        world.manager.token,
        {
          reason: 'team_not_ready',
          note: 'Eerst de inwerkperiode van het team',
        },
      );
      expect(rejected.body).toMatchObject({
        status: 'rejected',
        rejectionReason: 'team_not_ready',
      });
      const report = (
        await call(
          'GET',
          '/api/proposals/rejection-report',
          world.adviser.token,
        )
      ).body;
      expect(report.rows).toContainEqual(
        expect.objectContaining({
          packageId: target.id,
          unitId: world.unitId,
          reason: 'team_not_ready',
          count: 1,
        }),
      );
      const late = await call(
        'POST',
        `/api/proposals/${proposal.body.id}/accept`,
        world.manager.token,
        { startDate: '2027-02-01', contractKind: 'employment' },
      );
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('PROPOSAL_DECIDED');
    });
  });

  describe('erasure', () => {
    it('takes a person out of matching: scores gone, open proposals withdrawn, motivation blanked', async () => {
      const person = await world.matchable();
      const pkg = await world.publishedPackage([{ hoursPerWeek: 10 }]);
      await score(pkg);
      expect(
        (await matchesOf(pkg)).items.map((item) => item.candidateId),
      ).toContain(person);
      const proposal = await call<ProposalDto>(
        'POST',
        '/api/proposals',
        world.adviser.token,
        {
          packageId: pkg.id,
          candidateId: person,
          motivation: 'Heeft na haar ziekte weer zin in werk',
        },
      );
      expect(proposal.status).toBe(201);
      const erased = await api.call('DELETE', `/api/candidates/${person}`, {
        token: world.adviser.token,
      });
      expect(erased.status).toBe(204);
      const left = await db.query(
        `SELECT (SELECT count(*)::int FROM matches WHERE candidate_id = $1) AS matches,
                (SELECT status FROM proposals WHERE id = $2) AS status,
                (SELECT motivation FROM proposals WHERE id = $2) AS motivation`,
        [person, proposal.body.id],
      );
      expect(left.rows).toEqual([
        { matches: 0, status: 'withdrawn', motivation: null },
      ]);
      // A scoring run that read the person before the erasure cannot bring them back.
      expect(await score(pkg)).toMatchObject({ status: 'skipped' });
      await scoring.scorePackageRun(pkg.id, pkg.version, true);
      expect(
        (await matchesOf(pkg)).items.map((item) => item.candidateId),
      ).not.toContain(person);
    });
  });

  describe('team assignment and spotlight', () => {
    it('assigns packages one-to-one for the best total and leaves a package open when nobody fits', async () => {
      const strong = await world.matchable({
        skills: ['post sorteren', 'archiveren'],
        maxHoursPerWeek: 12,
      });
      const flexible = await world.matchable({
        skills: ['archiveren'],
        maxHoursPerWeek: 20,
      });
      const small = await world.publishedPackage([
        { hoursPerWeek: 12, skills: ['post sorteren', 'archiveren'] },
      ]);
      const large = await world.publishedPackage([
        { hoursPerWeek: 20, skills: ['archiveren'] },
      ]);
      const impossible = await world.publishedPackage([
        // Night work: nobody in this world allows it.
        {
          hoursPerWeek: 10,
          scheduleNeeds: { evenings: false, nights: true, weekends: false },
        },
      ]);
      const answer = await call(
        'POST',
        '/api/matching/team-assignments',
        world.adviser.token,
        { packageIds: [small.id, large.id, impossible.id] },
      );
      expect(answer.status).toBe(200);
      const byPackage = new Map(
        answer.body.rows.map(
          (row: { packageId: string; assigned: { candidateId: string } }) => [
            row.packageId,
            row.assigned?.candidateId ?? null,
          ],
        ),
      );
      // Only the strong fit can take 12 h of both skills and only the flexible one 20 h.
      expect(byPackage.get(small.id)).toBe(strong);
      expect(byPackage.get(large.id)).toBe(flexible);
      expect(
        answer.body.rows.find(
          (row: { packageId: string }) => row.packageId === impossible.id,
        ).assigned,
      ).toBeNull();
      const assignedScores = answer.body.rows
        .filter((row: { assigned: unknown }) => row.assigned)
        .reduce(
          (sum: number, row: { assigned: { score: number } }) =>
            sum + row.assigned.score,
          0,
        );
      expect(answer.body.totalScore).toBeCloseTo(assignedScores, 1);

      const foreign = await call(
        'POST',
        '/api/matching/team-assignments',
        world.adviser.token,
        { packageIds: [randomUUID()] },
      );
      expect(foreign.status).toBe(422);
      expect(foreign.body.details?.[0].field).toBe('packageIds');
    });

    it('sends the weekly spotlight to the managers concerned once per week', async () => {
      const pkg = await world.publishedPackage([{ hoursPerWeek: 10 }]);
      await world.matchable();
      await score(pkg);
      const first = await call(
        'POST',
        '/api/matching/spotlight',
        world.adviser.token,
        {},
      );
      expect(first.status).toBe(200);
      expect(first.body.notified).toBeGreaterThanOrEqual(1);
      const again = await call(
        'POST',
        '/api/matching/spotlight',
        world.adviser.token,
        {},
      );
      expect(again.body).toMatchObject({ week: first.body.week, notified: 0 });
      const inbox = (
        await call('GET', '/api/notifications', world.manager.token)
      ).body;
      const spotlight = inbox.items.find(
        (item: { kind: string }) => item.kind === 'candidate_spotlight',
      );
      expect(spotlight.week).toBe(first.body.week);
      expect(
        spotlight.spotlight.find(
          (entry: { packageId: string }) => entry.packageId === pkg.id,
        ).matches[0].pseudonym,
      ).toMatch(/^K-/);
      expect(JSON.stringify(inbox)).not.toContain('Kandidaat');
      expect(
        (
          await call(
            'POST',
            `/api/notifications/${spotlight.id}/read`,
            world.otherManager.token,
          )
        ).status,
      ).toBe(404);
      expect(
        (
          await call(
            'POST',
            `/api/notifications/${spotlight.id}/read`,
            world.manager.token,
          )
        ).status,
      ).toBe(204);
    });
  });
});
