import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { UnitDto } from '@jcw/shared-contracts';
import { TreeNode } from '@jcw/web-shared-util';
import { anApiError, aUnit } from '@jcw/shared-contracts/testing';
import { IDENTITY_URL, unitUrl } from './identity.api';
import { UnitsStore } from './units.store';

function outline(nodes: TreeNode<UnitDto>[]): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(node.depth)}${node.item.name}`,
    ...outline(node.children),
  ]);
}

describe('UnitsStore', () => {
  let store: UnitsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), UnitsStore],
    });
    store = TestBed.inject(UnitsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function loaded(units: UnitDto[]) {
    store.load();
    http.expectOne(IDENTITY_URL.units).flush(units);
  }

  it('shows the flat list from the API as a tree, units in alphabetical order', () => {
    const directie = aUnit('Directie Bedrijfsvoering').build();
    const ict = aUnit('ICT').ofKind('department').under(directie).build();
    const hr = aUnit('HR').ofKind('department').under(directie).build();
    const servicedesk = aUnit('Servicedesk').ofKind('team').under(ict).build();
    const beleid = aUnit('Directie Beleid').build();

    loaded([servicedesk, ict, directie, hr, beleid]);

    expect(outline(store.tree())).toEqual([
      'Directie Bedrijfsvoering',
      '  HR',
      '  ICT',
      '    Servicedesk',
      'Directie Beleid',
    ]);
  });

  it('shows a new unit under its parent once the API has created it', async () => {
    const directie = aUnit('Directie').build();
    loaded([directie]);

    const creating = store.create({
      name: 'Team Post',
      kind: 'team',
      parentId: directie.id,
    });
    const request = http.expectOne({ method: 'POST', url: IDENTITY_URL.units });
    request.flush(aUnit('Team Post').ofKind('team').under(directie).build());

    expect((await creating).ok).toBe(true);
    expect(outline(store.tree())).toEqual(['Directie', '  Team Post']);
  });

  it('shows the new name after a rename', async () => {
    const unit = aUnit('Oude naam').build();
    loaded([unit]);

    const renaming = store.rename(unit.id, 'Nieuwe naam');
    const request = http.expectOne({ method: 'PATCH', url: unitUrl(unit.id) });
    expect(request.request.body).toEqual({ name: 'Nieuwe naam' });
    request.flush({ ...unit, name: 'Nieuwe naam' });
    await renaming;

    expect(outline(store.tree())).toEqual(['Nieuwe naam']);
  });

  it('keeps a unit that still has members and says why it could not be deleted', async () => {
    const unit = aUnit('Directie').build();
    loaded([unit]);

    const removing = store.remove(unit.id);
    http
      .expectOne({ method: 'DELETE', url: unitUrl(unit.id) })
      .flush(anApiError('UNIT_NOT_EMPTY', 409).build(), {
        status: 409,
        statusText: 'Conflict',
      });
    const outcome = await removing;

    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.failure.code).toBe('UNIT_NOT_EMPTY');
    expect(store.units()).toHaveLength(1);
  });

  it('removes a deleted unit from the tree', async () => {
    const unit = aUnit('Weg').build();
    loaded([unit]);

    const removing = store.remove(unit.id);
    http
      .expectOne(unitUrl(unit.id))
      .flush(null, { status: 204, statusText: 'No Content' });
    await removing;

    expect(store.tree()).toEqual([]);
  });
});
