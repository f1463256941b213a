import type { Queryable } from "../../db/client";
import { staffActor } from "../auth/actor";
import type { CurrentUser } from "../auth/session.server";
import type { TodoCountName } from "../navigation";
import { employerTodo, graduateTodo, staffTodo, todoTotal } from "./todo.server";

/**
 * The numbers the header shows for a signed-in reader: unread notices beside the bell and the open
 * items of the role's to-do list beside its home in the menu (app/navigation.ts names which).
 */
export async function headerCounts(db: Queryable, user: CurrentUser): Promise<Partial<Record<TodoCountName, number>>> {
  const notifications = user.unreadNotifications;
  if (user.role === "graduate")
    return { notifications, graduateTodo: todoTotal(await graduateTodo(db, { userId: user.id })) };
  if (user.role === "employer")
    return { notifications, employerTodo: todoTotal(await employerTodo(db, { userId: user.id })) };
  if (user.scope)
    return { notifications, staffTodo: todoTotal(await staffTodo(db, staffActor({ id: user.id, scope: user.scope }))) };
  return { notifications };
}
