import { describe, expect, it } from "vitest";
import { groupChanges } from "./diff-groups";

const taxonomy = ["cookies", "retention", "third-parties", "use", "children"];
type C = { id: number; practices: string[] };
const of = (c: C) => c.practices;
const changes: C[] = [
  { id: 1, practices: ["use", "children"] },
  { id: 2, practices: ["cookies"] },
  { id: 3, practices: [] },
  { id: 4, practices: ["third-parties", "children"] },
  { id: 5, practices: ["children"] },
  { id: 6, practices: ["use"] },
];
const ids = (cs: C[]) => cs.map((c) => c.id);

describe("groupChanges", () => {
  it("files each clause under its first practice in taxonomy order, practice-less ones last", () => {
    const { followed, groups } = groupChanges(changes, of, taxonomy);
    expect(followed).toEqual([]);
    expect(groups.map((g) => [g.practice, ids(g.items)])).toEqual([
      ["cookies", [2]],
      ["third-parties", [4]],
      ["use", [1, 6]],
      ["children", [5]],
      ["", [3]],
    ]);
  });

  it("puts every clause of a followed practice first, even one filed elsewhere otherwise, and only there", () => {
    const { followed, groups } = groupChanges(changes, of, taxonomy, ["children"]);
    expect(ids(followed)).toEqual([1, 4, 5]);
    expect(groups.map((g) => [g.practice, ids(g.items)])).toEqual([
      ["cookies", [2]],
      ["use", [6]],
      ["", [3]],
    ]);
  });

  it("follows nothing when no changed clause carries the practice", () => {
    const { followed, groups } = groupChanges(changes, of, taxonomy, ["retention"]);
    expect(followed).toEqual([]);
    expect(groups.flatMap((g) => ids(g.items)).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
