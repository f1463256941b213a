import { beforeAll, describe, expect, it } from "vitest";
import { applyToPosting } from "../../app/applications/applications.server";
import { getDb } from "../../app/db.server";
import * as homeRoute from "../../app/routes/graduate._index";
import * as profileRoute from "../../app/routes/graduate.profile";
import type { School } from "../../seed/factories";
import { linkedGraduate, publishedPosting } from "../support/graduates";
import { signedIn, testSchool } from "../support/people";
import { callRoute } from "../support/remix";
import { employerWithOrganisation, ensureIndex } from "../support/vetting";

/**
 * The graduate home keeps its recommendations for a while (decision 028). What the graduate changes
 * must show on the very next visit: a saved profile, the personalisation switch, an application;
 * and a posting published through this process must not wait for the kept answer to expire.
 */
let school: School;
let reviewer: string;
let employerUserId: string;

interface Card {
  postingId: string;
  title: string;
  reasons: string[];
}

beforeAll(async () => {
  await ensureIndex();
  school = await testSchool();
  reviewer = (await signedIn("staff")).user.id;
  employerUserId = (await employerWithOrganisation({ name: "无锡太湖软件股份有限公司", staffUserId: reviewer })).user
    .id;
});

async function homeCards(cookie: string): Promise<Card[]> {
  const home = await callRoute(homeRoute.loader, { path: "/graduate", cookie });
  expect(home.status).toBe(200);
  return (home.data as { recommendations: Card[] }).recommendations;
}

const cardOf = (cards: Card[], postingId: string) => cards.find((card) => card.postingId === postingId);

function saveProfile(cookie: string, skills: string) {
  return callRoute(profileRoute.action, {
    path: "/graduate/profile",
    cookie,
    form: {
      intent: "save",
      skills,
      preferredCities: "",
      preferredIndustries: "",
      expectedPay: "",
      intro: "",
      digestFrequency: "weekly",
      language: "zh-CN",
    },
  });
}

describe("graduate home recommendations", () => {
  it("show a saved profile's new skills on the next visit, not the kept answer", async () => {
    const elixir = await publishedPosting(employerUserId, reviewer, {
      title: "Elixir后端开发工程师",
      requirements: "熟悉Elixir与Phoenix，了解PostgreSQL；软件工程相关专业本科及以上。",
    });
    const haskell = await publishedPosting(employerUserId, reviewer, {
      title: "Haskell编译器工程师",
      requirements: "熟悉Haskell与类型系统，了解LLVM；软件工程相关专业本科及以上。",
    });
    const graduate = await linkedGraduate(school, { profile: { skills: ["Elixir"] } });

    const before = await homeCards(graduate.cookie);
    expect(cardOf(before, elixir)?.reasons).toContain("技能匹配：Elixir");
    expect(cardOf(before, haskell)?.reasons ?? []).not.toContain("技能匹配：Haskell");
    // A second visit is answered from the kept recommendations: the same cards.
    expect(await homeCards(graduate.cookie)).toEqual(before);

    const saved = await saveProfile(graduate.cookie, "Haskell");
    expect(saved.status).toBe(200);

    const after = await homeCards(graduate.cookie);
    expect(cardOf(after, haskell)?.reasons).toContain("技能匹配：Haskell");
    expect(cardOf(after, elixir)?.reasons ?? []).not.toContain("技能匹配：Elixir");
  });

  it("turn to the newest postings at once when the graduate switches personalisation off", async () => {
    const graduate = await linkedGraduate(school, { profile: { skills: ["Elixir"] } });
    const personalised = await homeCards(graduate.cookie);
    expect(personalised.some((card) => card.reasons.includes("技能匹配：Elixir"))).toBe(true);

    const switched = await callRoute(homeRoute.action, {
      path: "/graduate",
      cookie: graduate.cookie,
      form: { intent: "personalisation", nonPersonalised: "true" },
    });
    expect(switched.status).toBe(302);
    const plain = await homeCards(graduate.cookie);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((card) => card.reasons.every((reason) => !reason.startsWith("技能匹配")))).toBe(true);
  });

  it("drop a posting the graduate has just applied to", async () => {
    const postingId = await publishedPosting(employerUserId, reviewer, {
      title: "Erlang消息平台工程师",
      requirements: "熟悉Erlang/OTP，了解分布式系统；软件工程相关专业本科及以上。",
    });
    const graduate = await linkedGraduate(school, { profile: { skills: ["Erlang"] } });
    expect(cardOf(await homeCards(graduate.cookie), postingId)).toBeDefined();
    await applyToPosting(await getDb(), { userId: graduate.user.id }, { postingId, note: "" });
    expect(cardOf(await homeCards(graduate.cookie), postingId)).toBeUndefined();
  });

  it("show a posting published in this process on the next visit", async () => {
    const graduate = await linkedGraduate(school, { profile: { skills: ["OCaml"] } });
    const before = await homeCards(graduate.cookie);
    expect(before.some((card) => card.title.includes("OCaml"))).toBe(false);
    const postingId = await publishedPosting(employerUserId, reviewer, {
      title: "OCaml量化系统工程师",
      requirements: "熟悉OCaml与函数式编程；软件工程相关专业本科及以上。",
    });
    expect(cardOf(await homeCards(graduate.cookie), postingId)?.reasons).toContain("技能匹配：OCaml");
  });
});
