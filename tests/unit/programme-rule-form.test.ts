import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../../app/errors";
import { RULE_PARAMS, RuleEditSchema, ruleParamsOf } from "../../app/programmes/schema";

const base = { intent: "rule", ruleId: "3f1c2a9e-8d7b-4c6a-9e5f-1a2b3c4d5e6f", source: "2027 年征兵通知" };
const keysOf = (input: Record<string, unknown>) => {
  const parsed = RuleEditSchema.safeParse({ ...base, ...input });
  if (parsed.success) return {};
  return Object.fromEntries(
    Object.entries(fieldErrorsOf(parsed.error)).map(([field, list]) => [
      field,
      list.map((m) => (typeof m === "string" ? m : m.key)),
    ]),
  );
};

describe("typed rule editors", () => {
  it("build each kind's parameters from its own fields, in the shape the checker reads", () => {
    const cases: [Record<string, unknown>, Record<string, unknown>][] = [
      [{ kind: "degree", status: "known", degrees: ["bachelor", "master"] }, { degrees: ["bachelor", "master"] }],
      [
        {
          kind: "age",
          status: "known",
          asOf: "12-31",
          asOfYearOffset: "0",
          gender: "male",
          minimum: "18",
          limit_bachelor: "24",
          limit_master: "26",
          limit_associate: "",
        },
        { asOf: "12-31", asOfYearOffset: 0, gender: "male", minimum: 18, limits: { bachelor: 24, master: 26 } },
      ],
      [
        { kind: "major", status: "known", keywords: "师范\n教育、学前教育" },
        { keywords: ["师范", "教育", "学前教育"] },
      ],
      [{ kind: "certificate", status: "known", certificates: "teacher" }, { certificates: ["teacher"] }],
      [
        { kind: "political", status: "known", statuses: ["party_member", "probationary_member"] },
        { statuses: ["party_member", "probationary_member"] },
      ],
      [{ kind: "health", status: "known" }, {}],
      [{ kind: "fresh_graduate", status: "known" }, {}],
      [{ kind: "fresh_graduate", status: "known", currentPostgraduates: "yes" }, { currentPostgraduates: true }],
    ];
    for (const [form, params] of cases) {
      const parsed = RuleEditSchema.parse({ ...base, ...form });
      expect(ruleParamsOf(parsed)).toEqual(params);
      // What the editor stores is what the rule kind's own shape accepts.
      expect(RULE_PARAMS[parsed.kind].safeParse(params).success).toBe(true);
    }
  });

  it("an unconfirmed rule may stay empty; a confirmed one must say what it requires, field by field", () => {
    expect(ruleParamsOf(RuleEditSchema.parse({ ...base, kind: "age", status: "unknown" }))).toEqual({});
    // An unconfirmed women's limit keeps whose it is, so men are not asked to check it.
    expect(ruleParamsOf(RuleEditSchema.parse({ ...base, kind: "age", status: "unknown", gender: "female" }))).toEqual({
      gender: "female",
    });
    expect(ruleParamsOf(RuleEditSchema.parse({ ...base, kind: "degree", status: "unknown" }))).toEqual({});
    expect(keysOf({ kind: "degree", status: "known" })).toEqual({ degrees: ["programme.field.degrees"] });
    expect(keysOf({ kind: "degree", status: "known", degrees: ["bachelor", "phd"] })).toEqual({
      degrees: ["programme.field.degrees"],
    });
    expect(keysOf({ kind: "age", status: "known", asOf: "12-31" })).toEqual({
      limit_bachelor: ["programme.field.limits"],
    });
    expect(keysOf({ kind: "age", status: "known", asOf: "02-30x", limit_doctor: "99" })).toEqual({
      asOf: ["programme.field.monthDay"],
      limit_doctor: ["programme.field.age"],
    });
    expect(keysOf({ kind: "major", status: "known", keywords: " \n " })).toEqual({
      keywords: ["programme.field.keywords"],
    });
    expect(keysOf({ kind: "political", status: "known", statuses: ["anarchist"] })).toEqual({
      statuses: ["programme.field.politicalStatus"],
    });
    expect(keysOf({ kind: "health", status: "known", source: "" })).toEqual({
      source: ["programme.field.sourceRequired"],
    });
    expect(keysOf({ kind: "telepathy", status: "known" })).not.toEqual({});
  });
});
