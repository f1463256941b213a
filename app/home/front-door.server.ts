import { frontDoorAnswers } from "../../search/answer-cache";
import { getEnv } from "../config/env.server";
import { getDb } from "../db.server";
import { frontDoorPostings } from "../postings/search.server";
import { programmeDeadlines } from "../programmes/programmes.server";
import { schoolStats } from "../school/school.server";
import { schoolDate } from "../time";
import { upcomingEvents } from "./events.server";

/**
 * The front door's data. Every visitor gets the same answer, so it is computed at most once a
 * second and shared (with requests in flight too) instead of 3 statements and a multi-search per
 * visit: see frontDoorAnswers in search/answer-cache.ts for how stale it may be.
 */
export function frontDoor(): Promise<FrontDoor> {
  return frontDoorAnswers<FrontDoor>().get("front-door", loadFrontDoor);
}

export type FrontDoor = Awaited<ReturnType<typeof loadFrontDoor>>;

async function loadFrontDoor() {
  const db = await getDb();
  const [stats, postings, events, deadlines] = await Promise.all([
    schoolStats(db),
    frontDoorPostings(db, { size: 6 }),
    upcomingEvents(db, { each: 3 }),
    programmeDeadlines(db, { today: schoolDate(), limit: 4 }),
  ]);
  const brief = (hits: typeof postings.latest) =>
    hits.map((h) => ({
      id: h.id,
      title: h.title,
      employerName: h.employerName,
      cities: h.cities,
      salaryMin: h.salaryMin,
      salaryMax: h.salaryMax,
      deadline: new Date(h.deadline * 1000).toISOString(),
    }));
  return {
    stats,
    schoolName: getEnv().SCHOOL_NAME,
    latest: brief(postings.latest),
    closing: brief(postings.closing),
    events,
    deadlines,
  };
}
