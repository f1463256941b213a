import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { graduateTransition, listOwnApplications } from "../applications/applications.server";
import { applicationTargets } from "../applications/states";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { graduateContext } from "../graduates/profile.server";
import { domainFailure, formFailure, parseForm } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";

export const meta: MetaFunction = () => [{ title: "我的投递 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  const ctx = await graduateContext(db, user.id);
  if (!ctx) throw redirect("/graduate/link");
  const rows = await listOwnApplications(db, ctx.graduate.id);
  return { applications: rows.map((row) => ({ ...row, actions: applicationTargets(row.status, "graduate") })) };
}

const ActionSchema = z.object({
  applicationId: z.uuid("form.invalid"),
  to: z.enum(["withdrawn", "accepted", "declined"], { error: "form.invalid" }),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const parsed = parseForm(ActionSchema, await request.formData());
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  try {
    await graduateTransition(await getDb(), { userId: user.id, ...parsed.data });
  } catch (error) {
    return domainFailure(error);
  }
  return {
    ok: true as const,
    done: parsed.data.to === "withdrawn" ? "applications.withdrawn" : `application.state.${parsed.data.to}`,
  };
}

const ACTION_LABELS: Record<string, string> = {
  withdrawn: "applications.withdraw",
  accepted: "applications.accept",
  declined: "applications.decline",
};

export default function MyApplications() {
  const { applications } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const when = (d: string | Date) => new Date(d).toLocaleString(locale, { timeZone: "Asia/Shanghai" });
  return (
    <div className="page">
      <p>
        <Link to="/graduate">← {t("graduate.home.title")}</Link>
      </p>
      <h1>{t("applications.title")}</h1>
      <ErrorSummary result={result && !result.ok ? result : undefined} />
      {result?.ok ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
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
              {t("apply.receipt.body", { time: when(a.createdAt), employer: a.employerName, hash: a.resumeSha256 })}
            </p>
            <details>
              <summary>{t("applications.history")}</summary>
              <ol>
                {a.history.map((h, i) => (
                  <li key={i}>
                    {when(h.at)} · {t(`application.state.${h.status}`)}
                  </li>
                ))}
              </ol>
            </details>
            {a.actions.map((to) => (
              <Form method="post" key={to} className="inline-form">
                <input type="hidden" name="applicationId" value={a.id} />
                <input type="hidden" name="to" value={to} />
                <button type="submit" className={to === "withdrawn" ? "button button--quiet" : "button"}>
                  {t(ACTION_LABELS[to] ?? to)}
                </button>
              </Form>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
