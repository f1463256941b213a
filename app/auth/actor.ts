/**
 * Who does something, the first argument after `db` of every domain command and query
 * (decision 009): `openSupportPlan(db, actor, input)`. The narrowest shape that says enough.
 */
import type { StaffScope } from "./permissions";

/** Career staff or an admin acting within a scope (the whole school or one college). */
export interface StaffActor {
  userId: string;
  scope: StaffScope;
}

/** A graduate or an employer's member: the domain looks up their graduate or employer row and refuses when there is none. */
export interface UserActor {
  userId: string;
}

/** The system itself: the outbox worker, a scheduled job, the demo seed. */
export interface SystemActor {
  system: true;
}

export type Actor = StaffActor | UserActor | SystemActor;

export const SYSTEM: SystemActor = { system: true };

/** The staff actor of a signed-in user whose scope the route has already required. */
export function staffActor(user: { id: string; scope: StaffScope }): StaffActor {
  return { userId: user.id, scope: user.scope };
}
