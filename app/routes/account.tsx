import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { collegeName } from "../school/school.server";
import { AccountForm } from "../auth/schema";
import { listActiveSessions, revokeOwnSession } from "../auth/sessions.server";
import { requirePermission } from "../auth/session.server";
import { OneButtonForm } from "../components/one-button-form";
import { ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { DataTable } from "../components/list-page";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime } from "../time";

export const meta = pageTitle("account.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  const db = await getDb();
  const active = await listActiveSessions(db, { userId: user.id });
  const scopeCollege = user.scope?.kind === "college" ? await collegeName(db, user.scope.collegeId) : null;
  return {
    user: { email: user.email, displayName: user.displayName, role: user.role, scope: user.scope },
    scopeCollege,
    sessions: active.map((s) => ({ ...s, current: s.id === user.sessionId, key: s.id.slice(0, 12) })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  return formAction(request, AccountForm, {
    "revoke-session": async ({ session }) => {
      const db = await getDb();
      // Only one of the user's own sessions matches: another user's key does nothing.
      const target = (await listActiveSessions(db, { userId: user.id })).find((s) => s.id.slice(0, 12) === session);
      if (target) await revokeOwnSession(db, { userId: user.id }, { sessionId: target.id });
      return {};
    },
  });
}

export default function Account() {
  const { user, sessions, scopeCollege } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const when = (value: string | Date) => formatSchoolDateTime(value, locale);
  return (
    <div className="page">
      <h1>{t("account.title")}</h1>
      <ErrorSummary result={result} />
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
                : scopeCollege
                  ? nameFor(locale, scopeCollege)
                  : null}
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        <Link to="/account/mail">{t("mailLanguage.link")}</Link>
      </p>
      <h2>{t("account.sessions")}</h2>
      <DataTable
        columns={[
          t("account.session.device"),
          t("account.session.started"),
          t("account.session.lastSeen"),
          <span key="account.session.revoke" className="visually-hidden">
            {t("account.session.revoke")}
          </span>,
        ]}
      >
        {sessions.map((session) => (
          <tr key={session.key}>
            <td>{session.userAgent ?? "—"}</td>
            <td>{when(session.createdAt)}</td>
            <td>{when(session.lastSeenAt)}</td>
            <td>
              {session.current ? (
                <span className="badge badge--ok">{t("account.session.current")}</span>
              ) : (
                <OneButtonForm
                  intent="revoke-session"
                  result={result}
                  name="session"
                  value={session.key}
                  label={t("account.session.revoke")}
                  buttonClassName="button button--quiet"
                />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
