import type { Queryable } from "../../db/client";
import type { CurrentUser } from "../auth/session.server";
import type { TodoCountName } from "../navigation";
import { countUnread } from "../notifications/notifications.server";

/**
 * The numbers the header shows for a signed-in reader: unread notices beside the bell. One small
 * query per page view; a role's to-do total is added by app/home/todo.server.ts when it exists.
 */
export async function headerCounts(db: Queryable, user: CurrentUser): Promise<Partial<Record<TodoCountName, number>>> {
  return { notifications: await countUnread(db, user.id) };
}
