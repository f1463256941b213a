import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { listForGraduate } from "../counselling/counselling.server";
import { requirePermission } from "../auth/session.server";
import { ActionForm, FileField } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { ENLISTMENT_PRECHECK_TOPIC } from "../programmes/desk";
import { listOwnEnlistmentForms, uploadEnlistmentForm } from "../programmes/enlistment.server";
import { EnlistmentUploadSchema } from "../programmes/schema";
import { formatSchoolDateTime } from "../time";

export const meta = pageTitle("enlistment.desk.title");

/** The graduate's side of the enlistment desk: upload the two printed forms, see each one's review. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  const forms = await orDeny(listOwnEnlistmentForms(db, { userId: user.id }));
  // Pre-check appointments are counselling bookings of the pre-check topic (app/programmes/desk.ts).
  const counselling = await listForGraduate(db, { userId: user.id });
  const topic = ENLISTMENT_PRECHECK_TOPIC.code;
  return {
    forms,
    precheck: {
      open: (counselling?.slots ?? []).filter((s) => s.topics.includes(topic)).length,
      bookings: (counselling?.bookings ?? [])
        .filter((b) => b.topic === topic && b.status === "booked")
        .map((b) => ({ id: b.id, startsAt: b.startsAt, location: b.location, counsellorName: b.counsellorName })),
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  return formAction(request, EnlistmentUploadSchema, async (input) => {
    await uploadEnlistmentForm(db, { userId: user.id }, input);
    return done("enlistmentForm.done.upload");
  });
}

export default function GraduateEnlistmentDesk() {
  const { forms, precheck } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t("enlistment.desk.title")}</h1>
      <p>{t("enlistment.desk.intro")}</p>
      <FormOutcome result={result} />
      {forms.map(({ kind, form }) => (
        <section key={kind} className="card" aria-labelledby={`form-${kind}`}>
          <h2 id={`form-${kind}`}>{t(`enlistmentForm.kind.${kind}`)}</h2>
          <p>
            <strong>{t(form ? `enlistmentForm.state.${form.state}` : "enlistmentForm.state.missing")}</strong>
            {form ? ` · ${formatSchoolDateTime(form.uploadedAt, locale)}` : null}
          </p>
          {form?.state === "returned" && form.reviewNote ? (
            <p className="notice">
              {t("enlistmentForm.returnedBecause")}：{form.reviewNote}
            </p>
          ) : null}
          {form?.state !== "accepted" ? (
            <ActionForm id={`upload-${kind}`} result={result} encType="multipart/form-data">
              <input type="hidden" name="kind" value={kind} />
              <FileField name="file" label={t("enlistmentForm.file.label")} kind="enlistmentFile" required />
              <button type="submit" className="button">
                {t(form ? "enlistmentForm.event.resubmit" : "enlistmentForm.upload")}
              </button>
            </ActionForm>
          ) : null}
        </section>
      ))}
      <section aria-labelledby="precheck">
        <h2 id="precheck">{t("enlistment.precheck.title")}</h2>
        {precheck.bookings.length ? (
          <ul>
            {precheck.bookings.map((b) => (
              <li key={b.id}>
                {formatSchoolDateTime(b.startsAt, locale)} · {b.location} · {b.counsellorName}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("enlistment.precheck.open", { count: precheck.open })}</p>
        )}
        <p>
          <Link to={`/graduate/counselling?topic=${ENLISTMENT_PRECHECK_TOPIC.code}`}>
            {t("enlistment.precheck.book")}
          </Link>
        </p>
      </section>
    </div>
  );
}
