import { TestBed } from '@angular/core/testing';
import { UnitDto } from '@jcw/shared-contracts';
import { buildTree } from '@jcw/web-shared-util';
import { testTranslations } from '../../testing/test-translations';
import { UnitTree } from './unit-tree';

function unit(
  id: string,
  name: string,
  parentId: string | null = null,
): UnitDto {
  return { id, name, parentId, organisationId: 'org', kind: 'team' };
}

async function renderTree(units: UnitDto[]) {
  TestBed.configureTestingModule({
    imports: [UnitTree, testTranslations('nl')],
  });
  const fixture = TestBed.createComponent(UnitTree);
  fixture.componentRef.setInput(
    'nodes',
    buildTree(units, (a, b) => a.name.localeCompare(b.name)),
  );
  fixture.componentRef.setInput('label', 'Eenheden van de organisatie');
  await fixture.whenStable();
  const tree = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    Array.from(tree.querySelectorAll('button')).find(
      (each) => each.getAttribute('aria-label') === name,
    );
  return { fixture, tree, button };
}

describe('UnitTree', () => {
  it('nests units under their parent as lists within lists', async () => {
    const { tree } = await renderTree([
      unit('d', 'Directie'),
      unit('a', 'Afdeling ICT', 'd'),
    ]);

    const outer = tree.querySelector('ul');
    expect(outer?.getAttribute('aria-label')).toBe(
      'Eenheden van de organisatie',
    );
    const inner = outer?.querySelector('li ul li');
    expect(inner?.querySelector('.unit-tree__name')?.textContent).toBe(
      'Afdeling ICT',
    );
  });

  it('names every button after its unit for screen reader users', async () => {
    const { button } = await renderTree([unit('d', 'Directie')]);

    expect(button('Eenheid toevoegen onder Directie')).toBeDefined();
    expect(button('Naam wijzigen van Directie')).toBeDefined();
    expect(button('Directie verwijderen')).toBeDefined();
  });

  it('asks to delete the unit whose delete button was pressed', async () => {
    const team = unit('t', 'Team Post');
    const { fixture, button } = await renderTree([team]);
    const removed: UnitDto[] = [];
    fixture.componentInstance.remove.subscribe((each) => removed.push(each));

    button('Team Post verwijderen')?.click();

    expect(removed).toEqual([team]);
  });

  it('says so when there are no units yet', async () => {
    const { tree } = await renderTree([]);
    expect(tree.textContent).toContain('Er zijn nog geen eenheden.');
  });
});
