/** The connected components of a set of pairs (union-find with path compression), each a list of ids. */
export function connectedGroups(pairs: { mediaId: string; otherId: string }[]): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let top = id;
    for (let up = parent.get(top); up !== undefined && up !== top; up = parent.get(top)) top = up;
    // Point every id on the way straight at the top, so later finds are one step.
    for (let at = id; at !== top;) {
      const up = parent.get(at)!;
      parent.set(at, top);
      at = up;
    }
    return top;
  };
  for (const { mediaId, otherId } of pairs) {
    for (const id of [mediaId, otherId]) if (!parent.has(id)) parent.set(id, id);
    parent.set(find(mediaId), find(otherId));
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const top = find(id);
    const group = groups.get(top);
    if (group) group.push(id);
    else groups.set(top, [id]);
  }
  return [...groups.values()];
}
