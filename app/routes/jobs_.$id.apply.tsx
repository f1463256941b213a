import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { z } from "zod";
import type { ApplyOutcome, ApplyState } from "../applications/apply";
import { applicationFor, applyToPosting } from "../applications/applications.server";
import { getCurrentUser, requirePermission } from "../auth/session.server";
import { ApplyPanel, ApplyRefusal } from "../components/apply-panel";
import { getDb } from "../db.server";
import { graduateContext } from "../graduates/profile.server";
import { ApplySchema } from "../graduates/schema";
import { formAction } from "../forms/action.server";
import { notFound } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

export const meta = pageTitle("apply.title");

/** The apply panel's state for the signed-in visitor; the panel loads it, so the posting page stays cacheable. */
export async function loader({ request, params }: LoaderFunctionArgs): Promise<ApplyState> {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const user = await getCurrentUser(request);
  if (!user) return { kind: "anonymous" };
  if (user.role !== "graduate") return { kind: "not_graduate" };
  const db = await getDb();
  const ctx = await graduateContext(db, user.id);
  if (!ctx) return { kind: "not_linked" };
  const application = await applicationFor(db, { userId: user.id }, id.data);
  if (application)
    return {
      kind: "applied",
      application: {
        status: application.status,
        createdAt: application.createdAt.toISOString(),
        resumeSha256: application.resumeSha256,
      },
    };
  return { kind: "ready", hasResume: Boolean(ctx.profile.resumeFile) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "application:create");
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const postingId = id.data;
  return formAction(request, ApplySchema, async ({ note }): Promise<ApplyOutcome> => {
    const result = await applyToPosting(await getDb(), { userId: user.id }, { postingId, note });
    return {
      status: result.status,
      receipt: {
        employerName: result.employerName,
        postingTitle: result.postingTitle,
        createdAt: result.createdAt.toISOString(),
        resumeSha256: result.resumeSha256,
      },
    };
  });
}

/** Without JavaScript the form posts here and this page shows the outcome. */
export default function ApplyPage() {
  const state = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const { id } = useParams();
  return (
    <div className="page page--narrow">
      <h1>{t("apply.title")}</h1>
      <p>
        <Link to={`/jobs/${id}`}>← {t("jobs.back")}</Link>
      </p>
      {result?.ok ? (
        <p className="notice" role="status">
          {t(result.status === "already" ? "apply.already" : "apply.done")}{" "}
          {t("apply.receipt.body", {
            time: result.receipt.createdAt,
            employer: result.receipt.employerName,
            hash: result.receipt.resumeSha256,
          })}
        </p>
      ) : null}
      <ApplyRefusal result={result} />
      {!result ? <ApplyPanel postingId={id ?? ""} initial={state} /> : null}
      <p>
        <Link to="/graduate/applications">{t("apply.view")}</Link>
      </p>
    </div>
  );
}
