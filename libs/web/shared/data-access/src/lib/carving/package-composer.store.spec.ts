import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CARVING_URL, functionUrl, packageUrl } from './carving.api';
import { PackageComposerStore } from './package-composer.store';
import { A_UNIT_ID, aFunction, aPackage, aTask } from './testing';

const HEADER = {
  unitId: A_UNIT_ID,
  title: 'Facilitaire ondersteuning',
  carvedJobCostPerHour: 25,
};

describe('PackageComposerStore', () => {
  let store: PackageComposerStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        PackageComposerStore,
      ],
    });
    store = TestBed.inject(PackageComposerStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function withFunction(...tasks: ReturnType<typeof aTask>[]) {
    const fn = aFunction({}, tasks);
    store.loadFunction(fn.id);
    http.expectOne(functionUrl(fn.id)).flush(fn);
    return fn;
  }

  it('adds up hours and jobs of the draft as the hours change', () => {
    store.startNew();
    const fn = withFunction(
      aTask({ hoursPerWeek: 10 }),
      aTask({ hoursPerWeek: 20, skills: ['scannen'] }),
    );
    const [post, scan] = fn.tasks;

    store.addTask(post.id);
    store.addTask(scan.id);
    expect(store.summary().hoursPerWeek).toBe(30);

    store.setHours(scan.id, 15.5);

    expect(store.summary().hoursPerWeek).toBe(25.5);
    expect(store.summary().jobUnits).toBeCloseTo(1, 10);
    expect(store.summary().skills).toEqual(['scannen']);
  });

  it('warns that a package under 12 hours gets no funded jobcoaching', () => {
    store.startNew();
    const fn = withFunction(aTask({ hoursPerWeek: 20 }));
    store.addTask(fn.tasks[0].id);
    expect(store.summary().warnings).toEqual([]);

    store.setHours(fn.tasks[0].id, 8);

    expect(store.summary().warnings).toEqual([
      expect.objectContaining({ code: 'no_funded_jobcoaching' }),
    ]);
  });

  it('offers only what other packages left of a task, and flags asking more', () => {
    store.startNew();
    const fn = withFunction(
      aTask({ hoursPerWeek: 10, allocatedHoursPerWeek: 6 }),
    );
    const task = fn.tasks[0];

    store.addTask(task.id);
    expect(store.allocations()).toEqual([{ taskId: task.id, hoursPerWeek: 4 }]);
    expect(store.availableTasks().get(task.id)?.remainingHoursPerWeek).toBe(0);

    store.setHours(task.id, 5);

    expect(store.summary().errors).toContainEqual(
      expect.objectContaining({ code: 'task_over_allocated', taskId: task.id }),
    );
  });

  it("opens a saved package with its function's tasks, not counting its own hours twice", () => {
    const task = aTask({ hoursPerWeek: 10, allocatedHoursPerWeek: 10 });
    const fn = aFunction({}, [task]);
    const pkg = aPackage({}, [{ task: fn.tasks[0], hoursPerWeek: 10 }]);

    store.load(pkg.id);
    expect(store.loading()).toBe(true);
    http.expectOne(packageUrl(pkg.id)).flush(pkg);
    http.expectOne(functionUrl(fn.id)).flush(fn);

    expect(store.loading()).toBe(false);
    expect(store.summary().hoursPerWeek).toBe(10);
    expect(store.summary().errors).toEqual([]);
    expect(store.lines()[0].available?.remainingHoursPerWeek).toBe(0);
  });

  it('creates a draft with the composed allocations', async () => {
    store.startNew();
    const fn = withFunction(aTask({ hoursPerWeek: 16 }));
    store.addTask(fn.tasks[0].id);

    const saving = store.save(HEADER);
    expect(store.saving()).toBe(true);
    const request = http.expectOne({
      method: 'POST',
      url: CARVING_URL.packages,
    });
    expect(request.request.body).toEqual({
      ...HEADER,
      allocations: [{ taskId: fn.tasks[0].id, hoursPerWeek: 16 }],
    });
    const saved = aPackage({}, [{ task: fn.tasks[0], hoursPerWeek: 16 }]);
    request.flush(saved, { status: 201, statusText: 'Created' });

    expect(await saving).toEqual({ ok: true, value: saved });
    expect(store.pkg()).toEqual(saved);
    expect(store.allocationsChanged()).toBe(false);
  });

  it('keeps the draft and returns the reason when a save is refused', async () => {
    store.startNew();
    const fn = withFunction(aTask({ hoursPerWeek: 16 }));
    store.addTask(fn.tasks[0].id);

    const saving = store.save(HEADER);
    http.expectOne(CARVING_URL.packages).flush(
      {
        code: 'TASK_OVER_ALLOCATED',
        message: 'Task over allocated',
        details: [{ field: 'allocations.0.hoursPerWeek', message: 'Too many' }],
      },
      { status: 409, statusText: 'Conflict' },
    );

    expect(await saving).toMatchObject({
      ok: false,
      failure: { status: 409, code: 'TASK_OVER_ALLOCATED' },
    });
    expect(store.pkg()).toBeNull();
    expect(store.allocations()).toHaveLength(1);
    expect(store.saving()).toBe(false);
  });

  it('saves changes to a saved package with PATCH and publishes it', async () => {
    const task = aTask({ hoursPerWeek: 20, allocatedHoursPerWeek: 14 });
    const fn = aFunction({}, [task]);
    const pkg = aPackage({}, [{ task: fn.tasks[0], hoursPerWeek: 14 }]);
    store.load(pkg.id);
    http.expectOne(packageUrl(pkg.id)).flush(pkg);
    http.expectOne(functionUrl(fn.id)).flush(fn);

    store.setHours(fn.tasks[0].id, 18);
    const saving = store.save(HEADER);
    const patch = http.expectOne({ method: 'PATCH', url: packageUrl(pkg.id) });
    expect(patch.request.body.allocations).toEqual([
      { taskId: fn.tasks[0].id, hoursPerWeek: 18 },
    ]);
    patch.flush(
      aPackage({ id: pkg.id }, [{ task: fn.tasks[0], hoursPerWeek: 18 }]),
    );
    await saving;

    const publishing = store.publish();
    http
      .expectOne({ method: 'POST', url: `${packageUrl(pkg.id)}/publish` })
      .flush(
        aPackage({ id: pkg.id, status: 'published' }, [
          { task: fn.tasks[0], hoursPerWeek: 18 },
        ]),
      );
    expect(await publishing).toMatchObject({ ok: true });
    expect(store.pkg()?.status).toBe('published');
    expect(store.editable()).toBe(true);
  });

  it('lists what made publishing impossible', async () => {
    const pkg = aPackage();
    store.load(pkg.id);
    http.expectOne(packageUrl(pkg.id)).flush(pkg);

    const publishing = store.publish();
    http.expectOne(`${packageUrl(pkg.id)}/publish`).flush(
      {
        code: 'PACKAGE_INVALID',
        message: 'Package invalid',
        details: [{ message: 'The package has no tasks' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );

    expect(await publishing).toMatchObject({
      ok: false,
      failure: {
        code: 'PACKAGE_INVALID',
        otherErrors: ['The package has no tasks'],
      },
    });
    expect(store.pkg()?.status).toBe('draft');
  });

  it('keeps a filled package read-only', () => {
    const pkg = aPackage({ status: 'filled' });
    store.load(pkg.id);
    http.expectOne(packageUrl(pkg.id)).flush(pkg);
    expect(store.editable()).toBe(false);
  });
});
