/** Anything that points at its parent by id, like a unit in an organisation chart. */
export interface TreeItem {
  id: string;
  parentId: string | null;
}

export interface TreeNode<T> {
  item: T;
  /** 0 for a root, 1 for its children, and so on. */
  depth: number;
  children: TreeNode<T>[];
}

/**
 * Builds a forest from a flat list, siblings ordered by `compare`.
 *
 * An item whose parent is not in the list becomes a root: a user limited to part of the
 * organisation receives a subtree whose top points at a parent they cannot see. Items caught in
 * a parent cycle (bad data, but never a reason to hang the page) are shown as roots too, so
 * nothing the API returned silently disappears.
 */
export function buildTree<T extends TreeItem>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): TreeNode<T>[] {
  const known = new Set(items.map((item) => item.id));
  const childrenOf = new Map<string, T[]>();
  for (const item of items) {
    if (item.parentId !== null && known.has(item.parentId)) {
      const siblings = childrenOf.get(item.parentId) ?? [];
      siblings.push(item);
      childrenOf.set(item.parentId, siblings);
    }
  }

  const placed = new Set<string>();
  const grow = (item: T, depth: number): TreeNode<T> => {
    placed.add(item.id);
    const children = (childrenOf.get(item.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .sort(compare)
      .map((child) => grow(child, depth + 1));
    return { item, depth, children };
  };

  const roots = items
    .filter((item) => item.parentId === null || !known.has(item.parentId))
    .sort(compare)
    .map((item) => grow(item, 0));
  for (const item of [...items].sort(compare)) {
    if (!placed.has(item.id)) {
      roots.push(grow(item, 0));
    }
  }
  return roots;
}

/** The nodes in reading order (each parent before its children), e.g. for a select list. */
export function flattenTree<T>(nodes: readonly TreeNode<T>[]): TreeNode<T>[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** Ids of `id` and everything below it; a unit cannot be moved under its own descendant. */
export function subtreeIds<T extends TreeItem>(
  nodes: readonly TreeNode<T>[],
  id: string,
): Set<string> {
  for (const node of flattenTree(nodes)) {
    if (node.item.id === id) {
      return new Set(flattenTree([node]).map((each) => each.item.id));
    }
  }
  return new Set();
}
