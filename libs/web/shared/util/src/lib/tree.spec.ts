import { buildTree, flattenTree, subtreeIds, TreeItem } from './tree';

interface Named extends TreeItem {
  name: string;
}

function item(name: string, parentId: string | null = null): Named {
  return { id: name.toLowerCase(), parentId, name };
}

const byName = (a: Named, b: Named) => a.name.localeCompare(b.name);
const names = (nodes: ReturnType<typeof buildTree<Named>>): unknown[] =>
  nodes.map((node) =>
    node.children.length
      ? [node.item.name, names(node.children)]
      : node.item.name,
  );

describe('arranging a flat list as a tree', () => {
  it('puts children under their parent, siblings in alphabetical order', () => {
    const tree = buildTree(
      [item('Zorg', 'dir'), item('Dir'), item('Advies', 'dir')],
      byName,
    );

    expect(names(tree)).toEqual([['Dir', ['Advies', 'Zorg']]]);
  });

  it('shows an item whose parent is not in the list at the top level', () => {
    const tree = buildTree([item('Team', 'hidden-parent')], byName);

    expect(names(tree)).toEqual(['Team']);
    expect(tree[0].depth).toBe(0);
  });

  it('still shows items that point at each other as parent instead of hanging', () => {
    const tree = buildTree([item('A', 'b'), item('B', 'a')], byName);

    expect(flattenTree(tree).map((node) => node.item.name)).toEqual(['A', 'B']);
  });

  it('lists parents before their children when flattened, with their depth', () => {
    const tree = buildTree(
      [item('Team', 'afd'), item('Afd', 'dir'), item('Dir')],
      byName,
    );

    expect(
      flattenTree(tree).map((node) => `${node.depth}:${node.item.name}`),
    ).toEqual(['0:Dir', '1:Afd', '2:Team']);
  });

  it('knows which items sit below a given item', () => {
    const tree = buildTree(
      [item('Dir'), item('Afd', 'dir'), item('Team', 'afd'), item('Los')],
      byName,
    );

    expect([...subtreeIds(tree, 'afd')].sort()).toEqual(['afd', 'team']);
  });
});
