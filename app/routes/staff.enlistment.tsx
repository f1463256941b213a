import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { TextField } from "../components/form";
import { AcceptOrSendBack } from "../components/one-button-form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { deskYear } from "../programmes/desk";
import { listEnlistmentDesk, reviewEnlistmentForm } from "../programmes/enlistment.server";
import { EnlistmentReviewForm } from "../programmes/schema";
import { funnelMachine } from "../programmes/states";
import { ENLISTMENT_FORM_KINDS } from "../../vocabulary";

export const meta = pageTitle("enlistment.desk.title");

/** The school's enlistment desk: forms to review, the compensation checklist, the list for the 征兵办. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const year = deskYear(request);
  const rows = await listEnlistmentDesk(await getDb(), staffActor(user), { year });
  return { year, rows };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "programme:funnel");
  const db = await getDb();
  return formAction(request, EnlistmentReviewForm, {
    accept: async ({ formId }) => {
      await reviewEnlistmentForm(db, staffActor(user), { formId, event: "accept" });
      return done("enlistmentForm.done.accept");
    },
    return: async ({ formId, note }) => {
      await reviewEnlistmentForm(db, staffActor(user), { formId, event: "return", note });
      return done("enlistmentForm.done.return");
    },
  });
}

export default function StaffEnlistmentDesk() {
  const { year, rows } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const en = locale === "en";
  return (
    <div className="page">
      <h1>{t("enlistment.desk.staffTitle", { year })}</h1>
      <p>
        <Link to={`?year=${year - 1}`}>{t("programme.year", { year: year - 1 })}</Link> ·{" "}
        <Link to={`?year=${year + 1}`}>{t("programme.year", { year: year + 1 })}</Link> ·{" "}
        <a href={`/staff/enlistment.xlsx?year=${year}`} download>
          {t("enlistment.desk.export")}
        </a>{" "}
        · <Link to="/staff/counselling">{t("enlistment.precheck.publish")}</Link>
      </p>
      <FormOutcome result={result} />
      {rows.length === 0 ? <p className="muted">{t("enlistment.desk.none")}</p> : null}
      {rows.map((row) => (
        <section key={row.graduateId} className="card" aria-labelledby={`desk-${row.graduateId}`}>
          <h2 id={`desk-${row.graduateId}`}>
            {row.name} · {row.studentNo}
          </h2>
          <p>
            {en ? row.collegeEn : row.collegeZh} · {en ? row.majorEn : row.majorZh} · {t(`degree.${row.degree}`)} ·{" "}
            {row.cohort}
          </p>
          <p>
            {t("funnel.col.state")}：{row.state ? t(funnelMachine.stateLabel(row.state)) : "—"}
            {row.officialReference ? ` · ${t("funnel.reference")}：${row.officialReference}` : null}
          </p>
          <h3>{t("enlistment.desk.col.forms")}</h3>
          <ul>
            {ENLISTMENT_FORM_KINDS.map((kind) => {
              const form = row.forms[kind];
              return (
                <li key={kind}>
                  {t(`enlistmentForm.kind.${kind}`)}：
                  <strong>{t(form ? `enlistmentForm.state.${form.state}` : "enlistmentForm.state.missing")}</strong>
                  {form ? (
                    <>
                      {" "}
                      · <a href={`/staff/enlistment/forms/${form.id}`}>{t("enlistmentForm.view")}</a>
                    </>
                  ) : null}
                  {form?.state === "returned" && form.reviewNote ? ` · ${form.reviewNote}` : null}
                  {form?.state === "submitted" ? (
                    <div className="actions">
                      <AcceptOrSendBack
                        name="formId"
                        value={form.id}
                        result={result}
                        accept={{ intent: "accept", label: t("enlistmentForm.event.accept") }}
                        sendBack={{ intent: "return", label: t("enlistmentForm.event.return") }}
                      >
                        <TextField name="note" label={t("enlistmentForm.note.label")} />
                      </AcceptOrSendBack>
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <h3>{t("enlistment.desk.col.checklist")}</h3>
          <ul>
            {row.checklist.map((c) => (
              <li key={c.item}>
                <span aria-hidden="true">{c.done ? "✓ " : "○ "}</span>
                {t(`enlistment.checklist.${c.item}`)}
                <span className="visually-hidden">
                  {" "}
                  ({t(c.done ? "enlistment.checklist.done" : "enlistment.checklist.open")})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
