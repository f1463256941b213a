import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import {
  acceptAgreement,
  declineAgreement,
  listForGraduate,
  requestBreach,
  timelinesOf,
} from "../agreements/agreements.server";
import { AgreementTimeline } from "../components/agreement-timeline";
import { agreementMachine } from "../agreements/states";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary, TextAreaField } from "../components/form";
import { getDb } from "../db.server";
import { graduateOfUser } from "../destinations/destinations.server";
import { domainFailure, formFailure, formValues } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";

export const meta: MetaFunction = () => [{ title: "我的三方协议 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agreement:sign");
  const db = await getDb();
  const graduate = await graduateOfUser(db, user.id);
  if (!graduate) return { linked: false, rows: [], timelines: {} as Awaited<ReturnType<typeof timelinesOf>> };
  const rows = await listForGraduate(db, graduate.id);
  const timelines = await timelinesOf(
    db,
    rows.map((r) => r.agreement.id),
    "graduate",
  );
  return {
    linked: true,
    timelines,
    rows: rows.map((r) => ({
      id: r.agreement.id,
      status: r.agreement.status,
      employerName: r.employerName,
      position: r.agreement.position,
      monthlyPay: r.agreement.monthlyPay,
      probationMonths: r.agreement.probationMonths,
      workPlace: `${r.agreement.workProvince}${r.agreement.workCity}`,
      startDate: r.agreement.startDate,
      breachPenalty: r.agreement.breachPenalty,
      archiveAddress: r.agreement.archiveAddress,
      hukouAddress: r.agreement.hukouAddress,
      replyDeadline: r.agreement.replyDeadline?.toISOString() ?? null,
      number: r.agreement.number,
      returnReason: r.agreement.returnReason,
      events: r.events,
    })),
  };
}

const IntentSchema = z.enum(["accept", "decline", "request_breach"]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agreement:sign");
  const db = await getDb();
  const form = await request.formData();
  const values = formValues(form);
  const intent = IntentSchema.safeParse(values.intent);
  if (!intent.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  const id = z.uuid().safeParse(values.agreementId);
  if (!id.success) return formFailure({ _form: ["error.notFound"] }, values, 404);
  try {
    switch (intent.data) {
      case "accept":
        await acceptAgreement(db, { agreementId: id.data, userId: user.id });
        break;
      case "decline":
        await declineAgreement(db, { agreementId: id.data, userId: user.id, reason: values.reason ?? "" });
        break;
      case "request_breach": {
        const letter = form.get("releaseLetter");
        await requestBreach(db, {
          agreementId: id.data,
          userId: user.id,
          releaseLetter: letter instanceof File ? letter : null,
          reason: values.reason ?? null,
        });
        break;
      }
    }
    return { ok: true as const, done: `agreement.done.${intent.data}` };
  } catch (error) {
    return domainFailure(error, values);
  }
}

export default function GraduateAgreements() {
  const { linked, rows, timelines } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const lang = useLocale() === "en" ? "en" : "zh";
  const failure = result && !result.ok ? result : undefined;
  return (
    <div className="page">
      <h1>{t("agreement.mine.title")}</h1>
      {!linked ? <p>{t("agreement.noRoster")}</p> : null}
      {result && result.ok ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
      <ErrorSummary result={failure} />
      {rows.length === 0 && linked ? <p className="muted">{t("agreement.none")}</p> : null}
      {rows.map((r) => (
        <section key={r.id} className="card">
          <h2>
            {r.employerName} · {r.position}
          </h2>
          <p>
            {t(agreementMachine.stateLabel(r.status))}
            {r.number ? ` · ${t("agreement.number")} ${r.number}` : ""}
          </p>
          <dl className="facts">
            <dt>{t("agreement.field.monthlyPay")}</dt>
            <dd>{r.monthlyPay}</dd>
            <dt>{t("agreement.field.probationMonths")}</dt>
            <dd>{r.probationMonths}</dd>
            <dt>{t("agreement.field.workCity")}</dt>
            <dd>{r.workPlace}</dd>
            <dt>{t("agreement.field.startDate")}</dt>
            <dd>{r.startDate}</dd>
            <dt>{t("agreement.field.breachPenalty")}</dt>
            <dd>{r.breachPenalty}</dd>
            <dt>{t("agreement.field.archiveAddress")}</dt>
            <dd>{r.archiveAddress}</dd>
            <dt>{t("agreement.field.hukouAddress")}</dt>
            <dd>{r.hukouAddress}</dd>
            {r.replyDeadline && r.status === "invited" ? (
              <>
                <dt>{t("agreement.replyDeadline")}</dt>
                <dd>
                  {new Date(r.replyDeadline).toLocaleString(lang === "en" ? "en-GB" : "zh-CN", {
                    timeZone: "Asia/Shanghai",
                  })}
                </dd>
              </>
            ) : null}
          </dl>
          <AgreementTimeline entries={timelines[r.id]} />
          {r.number ? (
            <p>
              <a href={`/agreements/${r.id}/pdf`}>{t("agreement.pdf")}</a>
            </p>
          ) : null}
          {r.events.includes("accept") ? (
            <Form method="post">
              <input type="hidden" name="agreementId" value={r.id} />
              <button type="submit" name="intent" value="accept">
                {t(agreementMachine.eventLabel("accept"))}
              </button>
            </Form>
          ) : null}
          {r.events.includes("decline") ? (
            <Form method="post">
              <input type="hidden" name="agreementId" value={r.id} />
              <TextAreaField name="reason" label={t("agreement.reason")} result={failure} rows={2} />
              <button type="submit" name="intent" value="decline">
                {t(agreementMachine.eventLabel("decline"))}
              </button>
            </Form>
          ) : null}
          {r.events.includes("request_breach") ? (
            <Form method="post" encType="multipart/form-data">
              <input type="hidden" name="agreementId" value={r.id} />
              <label htmlFor={`letter-${r.id}`}>{t("agreement.releaseLetter")}</label>
              <input id={`letter-${r.id}`} type="file" name="releaseLetter" accept="application/pdf" required />
              <TextAreaField name="reason" label={t("agreement.reason")} result={failure} rows={2} />
              <button type="submit" name="intent" value="request_breach">
                {t(agreementMachine.eventLabel("request_breach"))}
              </button>
            </Form>
          ) : null}
        </section>
      ))}
    </div>
  );
}
