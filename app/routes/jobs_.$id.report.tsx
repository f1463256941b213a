import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getCurrentUser } from "../auth/session.server";
import { ActionForm, ErrorSummary, FileField, SelectField, TextAreaField } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { clientAddress, notFound } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { getPublicPosting } from "../postings/postings.server";
import { ReportSchema } from "../postings/report-schema";
import { fileReport } from "../postings/reports.server";
import { REPORT_REASONS } from "../../vocabulary/vetting";

export const meta = pageTitle("report.page.title");

function postingIdFrom(params: Record<string, string | undefined>) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  return id.data;
}

/** Anyone who can read the posting can report it; only public postings exist here. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb();
  const found = await getPublicPosting(db, postingIdFrom(params));
  if (!found) notFound();
  const user = await getCurrentUser(request);
  return {
    posting: { id: found.posting.id, title: found.posting.title, employerName: found.employer.name },
    signedIn: user !== null,
    sent: new URL(request.url).searchParams.get("sent") === "1",
  };
}

/** Open to visitors: fileReport limits it per address and per account and stores the screenshot by content. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const postingId = postingIdFrom(params);
  const user = await getCurrentUser(request);
  const db = await getDb();
  return formAction(request, ReportSchema, async (input) => {
    await fileReport(db, {
      postingId,
      reason: input.reason,
      details: input.details,
      screenshot: input.screenshot,
      reporterUserId: user?.id ?? null,
      ip: clientAddress(context),
    });
    return redirect(`/jobs/${postingId}/report?sent=1`);
  });
}

export default function ReportPosting() {
  const { posting, signedIn, sent } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <p>
        <Link to={`/jobs/${posting.id}`}>← {t("report.back")}</Link>
      </p>
      <h1>{t("report.page.title")}</h1>
      <p>
        <strong>{posting.title}</strong> · {posting.employerName}
      </p>
      {sent ? (
        <div className="notice" role="status" data-testid="report-sent">
          <p>{t("report.thanks")}</p>
          {signedIn ? <p>{t("report.signedInNote")}</p> : null}
        </div>
      ) : (
        <>
          <p className="muted">{t("report.intro")}</p>
          <ErrorSummary result={result} />
          <ActionForm id="report" result={result} encType="multipart/form-data" noValidate>
            <SelectField
              name="reason"
              label={t("report.reason")}
              placeholder={t("report.reason.choose")}
              options={REPORT_REASONS.map((reason) => ({ value: reason, label: t(`report.reason.${reason}`) }))}
            />
            <TextAreaField name="details" label={t("report.details")} hint={t("report.details.hint")} rows={5} />
            <FileField
              name="screenshot"
              label={t("report.screenshot")}
              hint={t("report.screenshot.hint")}
              kind="reportScreenshot"
            />
            <button className="button" type="submit">
              {t("report.submit")}
            </button>
          </ActionForm>
        </>
      )}
    </div>
  );
}
