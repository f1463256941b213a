import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaffScope } from "../auth/session.server";
import { ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { listLinkRequests, resolveLinkRequest } from "../graduates/activation.server";
import { domainFailure, formFailure, parseForm } from "../http.server";
import { useT } from "../i18n/use-t";

export const meta: MetaFunction = () => [{ title: "名册关联申请 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  return { requests: await listLinkRequests(await getDb(), user.scope) };
}

const ResolveSchema = z.object({
  requestId: z.uuid("form.invalid"),
  decision: z.enum(["approve", "reject"], { error: "form.invalid" }),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  const parsed = parseForm(ResolveSchema, await request.formData());
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  try {
    await resolveLinkRequest(await getDb(), {
      requestId: parsed.data.requestId,
      staffUserId: user.id,
      scope: user.scope,
      approve: parsed.data.decision === "approve",
    });
  } catch (error) {
    return domainFailure(error);
  }
  return { ok: true as const };
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
      <ErrorSummary result={result && !result.ok ? result : undefined} />
      {requests.length === 0 ? <p>{t("link.requests.none")}</p> : null}
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("graduates.studentNo")}</th>
              <th scope="col">{t("graduates.name")}</th>
              <th scope="col">{t("graduates.email")}</th>
              <th scope="col">{t("link.requests.roster")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
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
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="requestId" value={r.id} />
                    {r.graduateId && !r.rosterHasAccount ? (
                      <button name="decision" value="approve" className="button">
                        {t("link.requests.approve")}
                      </button>
                    ) : null}
                    <button name="decision" value="reject" className="button button--quiet">
                      {t("link.requests.reject")}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
