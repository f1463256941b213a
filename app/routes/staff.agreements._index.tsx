import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { reviewAgreement, staffQueue, timelinesOf } from "../agreements/agreements.server";
import { StaffAgreementForm } from "../agreements/schema";
import { AgreementTimeline } from "../components/agreement-timeline";
import { agreementMachine, REASON_REQUIRED_EVENTS } from "../agreements/states";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { AgreementEventForms } from "../components/agreement-actions";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { fieldIds } from "../forms/result";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDate } from "../time";

export const meta = pageTitle("agreement.queue.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "agreement:review");
  const db = await getDb();
  const rows = await staffQueue(db, user.scope);
  const timelines = await timelinesOf(
    db,
    rows.map((r) => r.agreement.id),
    "staff",
  );
  return {
    timelines,
    rows: rows.map((r) => ({
      id: r.agreement.id,
      status: r.agreement.status,
      graduateName: r.graduateName,
      studentNo: r.studentNo,
      employerName: r.employerName,
      position: r.agreement.position,
      monthlyPay: r.agreement.monthlyPay,
      probationMonths: r.agreement.probationMonths,
      breachPenalty: r.agreement.breachPenalty,
      startDate: r.agreement.startDate,
      workPlace: `${r.agreement.workProvince}${r.agreement.workCity}`,
      archiveAddress: r.agreement.archiveAddress,
      hukouAddress: r.agreement.hukouAddress,
      number: r.agreement.number,
      hasReleaseLetter: Boolean(r.agreement.releaseLetterFile),
      events: r.events,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "agreement:review");
  const db = await getDb();
  const step = async ({ intent: event, agreementId, reason }: z.output<typeof StaffAgreementForm>) => {
    await reviewAgreement(db, staffActor(user), { agreementId, event, reason: reason ?? null });
    return done(`agreement.done.${event}`);
  };
  return formAction(request, StaffAgreementForm, {
    college_approve: step,
    school_register: step,
    return: step,
    breach_college_approve: step,
    breach_school_approve: step,
    breach_reject: step,
  });
}

export default function StaffAgreements() {
  const { rows, timelines } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const groups = [
    { key: "agreement.queue.college", states: ["accepted"] },
    { key: "agreement.queue.school", states: ["college_approved"] },
    { key: "agreement.queue.breach", states: ["breach_requested", "breach_college_approved"] },
  ];
  return (
    <div className="page">
      <h1>{t("agreement.queue.title")}</h1>
      <FormOutcome result={result} />
      {groups.map((group) => (
        <section key={group.key}>
          <h2>{t(group.key)}</h2>
          <div className="table-wrap">
            <table className="data data--stack">
              <thead>
                <tr>
                  <th>{t("agreement.graduate")}</th>
                  <th>{t("agreement.employer")}</th>
                  <th>{t("agreement.position")}</th>
                  <th>{t("agreement.status")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {rows
                  .filter((r) => group.states.includes(r.status))
                  .map((r) => (
                    <tr key={r.id}>
                      <td data-label={t("agreement.graduate")}>
                        {r.graduateName}（{r.studentNo}）
                      </td>
                      <td data-label={t("agreement.employer")}>{r.employerName}</td>
                      <td data-label={t("agreement.position")}>
                        {r.position} · {t("agreement.terms.pay", { pay: r.monthlyPay })}
                        <dl className="facts" data-testid="agreement-terms">
                          <dt>{t("agreement.terms.probation")}</dt>
                          <dd>{t("agreement.terms.months", { n: r.probationMonths })}</dd>
                          <dt>{t("agreement.terms.penalty")}</dt>
                          <dd>{t("agreement.terms.yuan", { n: r.breachPenalty })}</dd>
                          <dt>{t("agreement.terms.start")}</dt>
                          <dd>{formatSchoolDate(r.startDate, locale)}</dd>
                          <dt>{t("agreement.terms.place")}</dt>
                          <dd>{r.workPlace}</dd>
                          <dt>{t("agreement.terms.archive")}</dt>
                          <dd>{r.archiveAddress}</dd>
                          <dt>{t("agreement.terms.hukou")}</dt>
                          <dd>{r.hukouAddress}</dd>
                        </dl>
                        <a href={`/agreements/${r.id}/pdf?preview=1`} target="_blank" rel="noreferrer">
                          {t("agreement.preview")}
                        </a>
                        <AgreementTimeline entries={timelines[r.id]} />
                      </td>
                      <td data-label={t("agreement.status")}>
                        {t(agreementMachine.stateLabel(r.status))}
                        {r.number ? ` · ${r.number}` : ""}
                        {r.hasReleaseLetter ? (
                          <>
                            {" "}
                            · <a href={`/staff/agreements/${r.id}/release-letter`}>{t("agreement.releaseLetter")}</a>
                          </>
                        ) : null}
                      </td>
                      <td>
                        {r.events.length === 0 ? (
                          <span className="muted">{t("agreement.queue.notYourStep")}</span>
                        ) : null}
                        <AgreementEventForms
                          row={r}
                          result={result}
                          fields={(event) =>
                            REASON_REQUIRED_EVENTS.has(event) ? (
                              <input
                                id={fieldIds(`${event}-${r.id}`, "reason").id}
                                name="reason"
                                aria-label={t("agreement.reason")}
                                placeholder={t("agreement.reason")}
                                required
                                minLength={2}
                              />
                            ) : null
                          }
                        />
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
