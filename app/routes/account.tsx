import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { collegeName } from "../school/school.server";
import { listActiveSessions, revokeOwnSession } from "../auth/sessions.server";
import { requirePermission } from "../auth/session.server";
import { getDb } from "../db.server";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime } from "../time";

export const meta: MetaFunction = () => [{ title: "我的账户 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  const db = await getDb();
  const active = await listActiveSessions(db, user.id);
  const scopeCollege = user.scope?.kind === "college" ? await collegeName(db, user.scope.collegeId) : null;
  return {
    user: { email: user.email, displayName: user.displayName, role: user.role, scope: user.scope },
    scopeCollege,
    sessions: active.map((s) => ({ ...s, current: s.id === user.sessionId, key: s.id.slice(0, 12) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  const form = await request.formData();
  switch (form.get("intent")) {
    case "revoke-session": {
      const prefix = String(form.get("session") ?? "");
      const db = await getDb();
      const target = (await listActiveSessions(db, user.id)).find((s) => s.id.slice(0, 12) === prefix);
      if (target) await revokeOwnSession(db, user.id, target.id);
      return { ok: true as const };
    }
    default:
      return data({ ok: false as const, errors: { _form: ["form.unknownIntent"] }, values: {} }, { status: 400 });
  }
}

export default function Account() {
  const { user, sessions, scopeCollege } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const when = (value: string | Date) => formatSchoolDateTime(value, locale);
  return (
    <div className="page">
      <h1>{t("account.title")}</h1>
      <dl className="facts">
        <dt>{t("auth.displayName")}</dt>
        <dd>{user.displayName}</dd>
        <dt>{t("auth.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("auth.role")}</dt>
        <dd data-testid="role">{t(`role.${user.role}`)}</dd>
        {user.scope ? (
          <>
            <dt>{t("account.scope")}</dt>
            <dd>
              {user.scope.kind === "school"
                ? t("account.scope.school")
                : locale === "en"
                  ? scopeCollege?.nameEn
                  : scopeCollege?.nameZh}
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        <Link to="/account/mail">{t("mailLanguage.link")}</Link>
      </p>
      <h2>{t("account.sessions")}</h2>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("account.session.device")}</th>
              <th scope="col">{t("account.session.started")}</th>
              <th scope="col">{t("account.session.lastSeen")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("account.session.revoke")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.key}>
                <td>{session.userAgent ?? "—"}</td>
                <td>{when(session.createdAt)}</td>
                <td>{when(session.lastSeenAt)}</td>
                <td>
                  {session.current ? (
                    <span className="badge badge--ok">{t("account.session.current")}</span>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="session" value={session.key} />
                      <button className="button button--quiet" name="intent" value="revoke-session">
                        {t("account.session.revoke")}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
