import { describe, expect, it } from "vitest";
import { jointPledges } from "@/features/meetings/joint-pledges";

const pledge = (id: string, actor: string, text: string, dueText = "") => ({
  id,
  actor,
  text,
  status: "OPEN",
  dueText,
  dueEarliest: null,
  dueLatest: null,
});

describe("a statement's pledges", () => {
  it("says a pledge made by several speakers once, with each maker's own record", () => {
    const lines = jointPledges([
      pledge("p1", "Ghana", "Keep working with states not party."),
      pledge("p2", "Portugal", "Keep working with states not party. "),
      pledge("p3", "Ghana", "Host a workshop.", "June"),
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      text: "Keep working with states not party.",
      makers: [
        { pledgeId: "p1", actor: "Ghana" },
        { pledgeId: "p2", actor: "Portugal" },
      ],
    });
    expect(lines[1].makers.map((m) => m.actor)).toEqual(["Ghana"]);
  });

  it("keeps apart the same words due at different times", () => {
    expect(jointPledges([pledge("p1", "Ghana", "Report back.", "June"), pledge("p2", "Portugal", "Report back.", "December")])).toHaveLength(2);
  });
});
