import { describe, expect, it } from "vitest";
import { connectedGroups } from "@/lib/media/similar/connected-groups";

const pair = (mediaId: string, otherId: string) => ({ mediaId, otherId });
const sorted = (groups: string[][]) =>
  groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));

describe("connectedGroups", () => {
  it("joins chains into one group even where the ends are not a pair themselves", () => {
    const groups = connectedGroups([pair("a", "b"), pair("b", "c"), pair("c", "d"), pair("x", "y")]);
    expect(sorted(groups)).toEqual([
      ["a", "b", "c", "d"],
      ["x", "y"],
    ]);
  });

  it("takes pairs in any order and direction, each id once", () => {
    const groups = connectedGroups([
      pair("d", "c"),
      pair("a", "b"),
      pair("b", "a"),
      pair("c", "b"),
      pair("e", "f"),
    ]);
    expect(sorted(groups)).toEqual([
      ["a", "b", "c", "d"],
      ["e", "f"],
    ]);
  });

  it("handles a long chain and no pairs at all", () => {
    const ids = Array.from({ length: 20_000 }, (_, n) => `m${n}`);
    const groups = connectedGroups(ids.slice(1).map((id, n) => pair(ids[n]!, id)));
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(20_000);
    expect(connectedGroups([])).toEqual([]);
  });
});
