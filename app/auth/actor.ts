/**
 * Who does something, the first argument after `db` of every domain command and query
 * (decision 009): `openSupportPlan(db, actor, input)`. The narrowest shape that says enough.
 */
import type { Role } from "../../vocabulary";
import type { StaffScope } from "./permissions";

/** Career staff or an admin acting within a scope (the whole school or one college). */
export interface StaffActor {
  userId: string;
  scope: StaffScope;
}

/**
 * A graduate or an employer's member: the domain looks up their graduate or employer row and refuses when there is none.
 * Also any account, staff included, acting on its own account only (its sessions: app/auth/sessions.server.ts).
 */
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

/**
 * The side an actor takes in a record several parties share (an agreement, an interview): a
 * `UserActor` or `StaffActor` tagged with its party (docs/decisions/036-acting-party.md). Built only
 * here, by `partyOf` (from the signed-in account's role) or `actingAs` (by a command that is one
 * party's), never from a field of the request.
 */
export type Party =
  | { party: "graduate"; userId: string }
  | { party: "employer"; userId: string }
  | { party: "staff"; userId: string; scope: StaffScope };

/** The party a signed-in account acts as, from its role; null for staff without a scope. */
export function partyOf(user: { id: string; role: Role; scope: StaffScope | null }): Party | null {
  if (user.role === "graduate" || user.role === "employer") return { party: user.role, userId: user.id };
  return user.scope ? { party: "staff", userId: user.id, scope: user.scope } : null;
}

/** The actor of a command that is one party's, tagged with that party. */
export function actingAs(party: "graduate" | "employer", actor: UserActor): Party;
export function actingAs(party: "staff", actor: StaffActor): Party;
export function actingAs(party: Party["party"], actor: UserActor | StaffActor): Party {
  if (party === "staff") return { party, userId: actor.userId, scope: (actor as StaffActor).scope };
  return { party, userId: actor.userId };
}
