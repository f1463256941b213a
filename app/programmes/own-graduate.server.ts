import { eq } from "drizzle-orm";
import type { Queryable } from "../../db/client";
import { graduates } from "../../db/schema";
import type { UserActor } from "../auth/actor";
import { refuse } from "../errors";

/**
 * The roster entry of the signed-in user, for what only a linked graduate does in the programmes
 * (interests, enlistment forms, the calendar feed): 403 for anyone else.
 */
export async function ownGraduateId(db: Queryable, actor: UserActor): Promise<string> {
  const [row] = await db.select({ id: graduates.id }).from(graduates).where(eq(graduates.userId, actor.userId));
  if (!row) refuse("error.forbidden", { status: 403 });
  return row.id;
}
