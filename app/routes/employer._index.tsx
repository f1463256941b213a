import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { MailLanguageField } from "../components/account-fields";
import { ActionForm, TextField } from "../components/form";
import { DataTable, FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { TodoList } from "../components/todo-list";
import { employerTodo } from "../home/todo.server";
import { decideEmployer, getMembership, inviteColleague, listMembers } from "../employers/employers.server";
import { EmployerHomeForm } from "../employers/schema";
import { refuse } from "../errors";
import { done, formAction } from "../forms/action.server";
import { resolveLocale } from "../i18n/locale.server";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDate } from "../time";
import { pageTitle } from "../i18n/title";
import { listOwnPostings } from "../postings/postings.server";

export const meta = pageTitle("employer.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "employer:manage-own");
  const db = await getDb();
  const membership = await getMembership(db, user.id);
  if (!membership) throw redirect("/employer/register");
  const [members, own] = await Promise.all([
    listMembers(db, membership.employer.id),
    listOwnPostings(db, membership.employer.id),
  ]);
  const { employer } = membership;
  const todo = await employerTodo(db, { userId: user.id });
  return {
    todo,
    employer: {
      id: employer.id,
      name: employer.name,
      creditCode: employer.creditCode,
      status: employer.status,
      statusReasons: employer.statusReasons,
    },
    members: members.map((m) => ({ displayName: m.displayName, email: m.email, isOwner: m.isOwner })),
    postings: own.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      deadline: p.deadline,
      revisionStatus: p.revisionStatus,
      updatedAt: p.updatedAt,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "employer:manage-own");
  const db = await getDb();
  return formAction(request, EmployerHomeForm, {
    invite: async ({ email, locale }) => {
      await inviteColleague(
        db,
        { userId: user.id },
        {
          inviterName: user.displayName,
          email,
          locale: locale ?? resolveLocale(request, user.locale),
        },
      );
      return done("employer.invite.sent");
    },
    resubmit: async () => {
      const membership = await getMembership(db, user.id);
      if (!membership) refuse("employer.none", { status: 400 });
      await decideEmployer(
        db,
        { userId: user.id },
        {
          employerId: membership.employer.id,
          event: "resubmit",
        },
      );
      return done("employer.state.pending");
    },
  });
}

export default function EmployerHome() {
  const { employer, members, postings, todo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{employer.name}</h1>
      <p>
        {t("employer.creditCode")}：<code>{employer.creditCode}</code> · {t("employer.status")}：
        <span
          className={employer.status === "verified" ? "badge badge--ok" : "badge badge--warn"}
          data-testid="employer-status"
        >
          {t(`employer.state.${employer.status}`)}
        </span>
      </p>
      {employer.statusReasons && employer.status !== "verified" ? (
        <div className="alert" role="note">
          <p>
            {t("posting.reasons")}：{employer.statusReasons}
          </p>
          {employer.status === "rejected" ? (
            <ActionForm id="resubmit" intent="resubmit" result={result}>
              <button type="submit" className="button">
                {t("employer.resubmit")}
              </button>
            </ActionForm>
          ) : null}
        </div>
      ) : null}
      <FormOutcome result={result} />
      <h2>{t("todo.title")}</h2>
      <TodoList sections={todo} />

      <h2>{t("employer.postings")}</h2>
      <p>
        <Link className="button" to="/employer/postings/new">
          {t("employer.postings.new")}
        </Link>
      </p>
      {postings.length ? (
        <DataTable columns={[t("posting.title"), t("posting.status"), t("posting.deadline")]}>
          {postings.map((posting) => (
            <tr key={posting.id}>
              <td>
                <Link to={`/employer/postings/${posting.id}`}>{posting.title}</Link>
              </td>
              <td>
                <span className="badge">{t(`posting.state.${posting.status}`)}</span>{" "}
                {posting.revisionStatus === "submitted" ? (
                  <span className="badge badge--warn">{t("posting.revision.pending")}</span>
                ) : null}
              </td>
              <td>{formatSchoolDate(posting.deadline, locale)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}

      <h2>{t("employer.members")}</h2>
      <ul>
        {members.map((member) => (
          <li key={member.email}>
            {member.displayName} · {member.email}
            {member.isOwner ? t("employer.member.owner") : ""}
          </li>
        ))}
      </ul>
      {employer.status === "verified" ? (
        <section className="card" aria-labelledby="invite-heading">
          <h3 id="invite-heading">{t("employer.invite")}</h3>
          <ActionForm id="invite" intent="invite" result={result} noValidate>
            <TextField name="email" type="email" label={t("auth.email")} required />
            <MailLanguageField defaultValue={locale} />
            <button type="submit" className="button">
              {t("employer.invite.submit")}
            </button>
          </ActionForm>
        </section>
      ) : null}
    </div>
  );
}
