import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { TodoList } from "../components/todo-list";
import { getDb } from "../db.server";
import { staffTodo } from "../home/todo.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { menuFor } from "../navigation";

export const meta = pageTitle("staff.home.title");

/** Staff and admins start here: what waits at their step, then every task of their menu. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:read");
  const todo = await staffTodo(await getDb(), staffActor(user));
  return { todo, role: user.role, schoolWide: user.scope.kind === "school" };
}

export default function StaffHome() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const groups = menuFor({ role: data.role, schoolWide: data.schoolWide });
  return (
    <div className="page">
      <h1>{t("staff.home.title")}</h1>
      <TodoList sections={data.todo} />
      <div className="cards home-tasks">
        {groups.map((group) => (
          <section key={group.key} className="card" aria-labelledby={`tasks-${group.key}`}>
            <h2 id={`tasks-${group.key}`}>{t(group.key)}</h2>
            <ul className="plain stack">
              {group.entries
                .filter((entry) => entry.to !== "/staff")
                .map((entry) => (
                  <li key={entry.to}>
                    <Link to={entry.to}>{t(entry.key)}</Link>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
