import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { graduateTransition, listOwnApplications } from "../applications/applications.server";
import { GraduateAnswerForm } from "../applications/schema";
import { applicationTargets } from "../applications/states";
import { requirePermission } from "../auth/session.server";
import { confirmStepPage } from "../components/confirm-step";
import { FormOutcome } from "../components/list-page";
import { StateChangeForms } from "../components/one-button-form";
import { getDb } from "../db.server";
import { refuse } from "../errors";
import { done, formAction } from "../forms/action.server";
import { confirmFirst } from "../forms/confirm";
import { graduateContext } from "../graduates/profile.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime } from "../time";

export const meta = pageTitle("applications.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  const ctx = await graduateContext(db, user.id);
  if (!ctx) throw redirect("/graduate/link");
  const rows = await listOwnApplications(db, ctx.graduate.id);
  return { applications: rows.map((row) => ({ ...row, actions: applicationTargets(row.status, "graduate") })) };
}

const ANSWER_LABELS = {
  withdrawn: "applications.withdraw",
  accepted: "applications.accept",
  declined: "applications.decline",
} as const;

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  const ctx = await graduateContext(db, user.id);
  if (!ctx) throw redirect("/graduate/link");
  return formAction(request, GraduateAnswerForm, async ({ applicationId, to, confirmed }) => {
    if (!confirmed) {
      // Each answer is final: first say to whom and what follows, and change nothing.
      const own = (await listOwnApplications(db, ctx.graduate.id)).find((a) => a.id === applicationId);
      if (!own) refuse("error.notFound", { status: 404 });
      if (!applicationTargets(own.status, "graduate").includes(to)) refuse("applications.notAllowed");
      const params = { employer: own.employerName, posting: own.postingTitle };
      return confirmFirst({
        intent: "answer",
        title: { key: `confirm.offer.${to}.title`, params },
        facts: [
          { label: { key: "applications.employer" }, value: own.employerName },
          { label: { key: "applications.posting" }, value: own.postingTitle },
        ],
        next: [{ key: `confirm.offer.${to}.next` }],
        submit: { key: `confirm.offer.${to}.submit` },
        fields: { applicationId, to },
        final: true,
      });
    }
    await graduateTransition(db, { userId: user.id }, { applicationId, to });
    return to === "withdrawn" ? done("applications.withdrawn") : done(`application.state.${to}`);
  });
}

export default function MyApplications() {
  const { applications } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const confirmStep = confirmStepPage(result, { title: t("applications.title"), cancelTo: "/graduate/applications" });
  if (confirmStep) return confirmStep;
  return (
    <div className="page">
      <p>
        <Link to="/graduate">← {t("graduate.home.title")}</Link>
      </p>
      <h1>{t("applications.title")}</h1>
      <FormOutcome result={result} />
      {applications.length === 0 ? <p>{t("applications.none")}</p> : null}
      <ul className="stack" data-testid="applications">
        {applications.map((a) => (
          <li key={a.id} className="card" data-status={a.status}>
            <h2>
              <Link to={`/jobs/${a.postingId}`}>{a.postingTitle}</Link>
            </h2>
            <p>
              {a.employerName} · <span className="badge">{t(`application.state.${a.status}`)}</span>
            </p>
            <p className="muted">
              {t("apply.receipt.body", { time: formatSchoolDateTime(a.createdAt, locale), employer: a.employerName })}
            </p>
            <details>
              <summary>{t("applications.history")}</summary>
              <ol>
                {a.history.map((h, i) => (
                  <li key={i}>
                    {formatSchoolDateTime(h.at, locale)} · {t(`application.state.${h.status}`)}
                  </li>
                ))}
              </ol>
            </details>
            {a.actions.length ? (
              <StateChangeForms
                intent="answer"
                result={result}
                name="applicationId"
                value={a.id}
                field="to"
                states={a.actions}
                label={(to) => t(ANSWER_LABELS[to as keyof typeof ANSWER_LABELS] ?? to)}
                buttonClassName={(to) => (to === "withdrawn" ? "button button--quiet" : "button")}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
