import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TaskWriteRequest } from '@jcw/shared-contracts';
import { functionTasksUrl, functionUrl, taskUrl } from './carving.api';
import { FunctionEditorStore } from './function-editor.store';
import { aFunction, aTask } from './testing';

const NEW_TASK: TaskWriteRequest = {
  name: 'Koffie rondbrengen',
  hoursPerWeek: 5,
  frequency: 'daily',
  complexity: 'none',
};

describe('FunctionEditorStore', () => {
  let store: FunctionEditorStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        FunctionEditorStore,
      ],
    });
    store = TestBed.inject(FunctionEditorStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function loaded(fn = aFunction({}, [aTask({ name: 'Post sorteren' })])) {
    store.load(fn.id);
    expect(store.loading()).toBe(true);
    http.expectOne(functionUrl(fn.id)).flush(fn);
    return fn;
  }

  it('shows the function once it has loaded', () => {
    const fn = loaded();
    expect(store.loading()).toBe(false);
    expect(store.fn()?.tasks.map((task) => task.name)).toEqual([
      'Post sorteren',
    ]);
    expect(store.fn()?.id).toBe(fn.id);
  });

  it('keeps the reason when the function cannot be read', () => {
    store.load('missing');
    http
      .expectOne(functionUrl('missing'))
      .flush(
        { code: 'NOT_FOUND', message: 'Function not found' },
        { status: 404, statusText: 'Not Found' },
      );
    expect(store.error()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(store.fn()).toBeNull();
  });

  it('adds a new task to the function', async () => {
    const fn = loaded();
    const adding = store.addTask(NEW_TASK);
    const request = http.expectOne({
      method: 'POST',
      url: functionTasksUrl(fn.id),
    });
    expect(request.request.body).toEqual(NEW_TASK);
    request.flush(aTask({ name: 'Koffie rondbrengen', functionId: fn.id }));

    expect(await adding).toMatchObject({ ok: true });
    expect(store.fn()?.tasks.map((task) => task.name)).toEqual([
      'Post sorteren',
      'Koffie rondbrengen',
    ]);
  });

  it('keeps the task as it was when fewer hours than allocated are refused', async () => {
    const fn = loaded();
    const task = fn.tasks[0];
    const saving = store.updateTask(task.id, { hoursPerWeek: 1 });
    http
      .expectOne({ method: 'PATCH', url: taskUrl(fn.id, task.id) })
      .flush(
        { code: 'TASK_OVER_ALLOCATED', message: 'Packages use 6 hours' },
        { status: 409, statusText: 'Conflict' },
      );

    expect(await saving).toMatchObject({
      ok: false,
      failure: { status: 409, code: 'TASK_OVER_ALLOCATED' },
    });
    expect(store.fn()?.tasks[0].hoursPerWeek).toBe(task.hoursPerWeek);
    expect(store.saving()).toBe(false);
  });

  it('removes a deleted task', async () => {
    const fn = loaded();
    const removing = store.removeTask(fn.tasks[0].id);
    http
      .expectOne({ method: 'DELETE', url: taskUrl(fn.id, fn.tasks[0].id) })
      .flush(null, { status: 204, statusText: 'No Content' });

    expect(await removing).toMatchObject({ ok: true });
    expect(store.fn()?.tasks).toEqual([]);
  });
});
