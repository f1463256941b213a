import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { DataTable } from "../components/list-page";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { ActionForm, ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { listLinkRequests, resolveLinkRequest } from "../graduates/activation.server";
import { LinkRequestDecisionSchema } from "../graduates/schema";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

export const meta = pageTitle("link.requests.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  return { requests: await listLinkRequests(await getDb(), user.scope) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  return formAction(request, LinkRequestDecisionSchema, async ({ requestId, decision }) => {
    await resolveLinkRequest(await getDb(), staffActor(user), {
      requestId,
      approve: decision === "approve",
    });
    return {};
  });
}

export default function LinkRequests() {
  const { requests } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page">
      <p>
        <Link to="/staff/graduates">← {t("graduates.title")}</Link>
      </p>
      <h1>{t("link.requests.title")}</h1>
      <ErrorSummary result={result} />
      {requests.length === 0 ? <p>{t("link.requests.none")}</p> : null}
      <DataTable
        columns={[t("graduates.studentNo"), t("graduates.name"), t("graduates.email"), t("link.requests.roster"), ""]}
      >
        {requests.map((r) => (
          <tr key={r.id}>
            <td>{r.studentNo}</td>
            <td>{r.name}</td>
            <td>{r.email}</td>
            <td>
              {r.graduateId ? (
                <Link to={`/staff/graduates/${r.graduateId}`}>
                  {r.rosterName} · {r.collegeZh} · {r.majorZh}
                </Link>
              ) : (
                t("link.requests.noEntry")
              )}
            </td>
            <td>
              <ActionForm id={`resolve-${r.id}`} result={result} className="inline-form">
                <input type="hidden" name="requestId" value={r.id} />
                {r.graduateId && !r.rosterHasAccount ? (
                  <button name="decision" value="approve" className="button">
                    {t("link.requests.approve")}
                  </button>
                ) : null}
                <button name="decision" value="reject" className="button button--quiet">
                  {t("link.requests.reject")}
                </button>
              </ActionForm>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
