import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import {
  acceptAgreement,
  declineAgreement,
  listForGraduate,
  requestBreach,
  timelinesOf,
} from "../agreements/agreements.server";
import { GraduateAgreementForm } from "../agreements/schema";
import { agreementMachine } from "../agreements/states";
import { requirePermission } from "../auth/session.server";
import { AgreementTimeline } from "../components/agreement-timeline";
import { ConfirmStep } from "../components/confirm-step";
import { ErrorSummary, FileField, TextAreaField } from "../components/form";
import { AgreementEventForms } from "../components/agreement-actions";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { graduateOfUser } from "../destinations/destinations.server";
import { refuse } from "../errors";
import { done, formAction } from "../forms/action.server";
import { confirmationOf, confirmFirst, type Confirmation } from "../forms/confirm";
import type { Message } from "../i18n/messages";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime } from "../time";

export const meta = pageTitle("agreement.mine.title");

type Row = Awaited<ReturnType<typeof listForGraduate>>[number];

function view(r: Row) {
  return {
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
  };
}

/** One of this graduate's agreements, or null. */
async function ownAgreement(db: Awaited<ReturnType<typeof getDb>>, userId: string, agreementId: string) {
  const graduate = await graduateOfUser(db, userId);
  const row = graduate ? (await listForGraduate(db, graduate.id)).find((r) => r.agreement.id === agreementId) : null;
  return row ? view(row) : null;
}

const CONFIRMED_INTENTS = ["accept", "request_breach"] as const;
type ConfirmedIntent = (typeof CONFIRMED_INTENTS)[number];

/** What accepting or asking to end this agreement means, shown before it is done. */
function confirmationFor(intent: ConfirmedIntent, r: ReturnType<typeof view>): Confirmation {
  const params = {
    employer: r.employerName,
    position: r.position,
    number: r.number ?? "—",
    penalty: String(r.breachPenalty),
  };
  return {
    intent,
    title: { key: `confirm.agreement.${intent}.title`, params },
    facts: termsOf(r),
    next: [{ key: `confirm.agreement.${intent}.next`, params }],
    submit: { key: `confirm.agreement.${intent}.submit` },
    fields: { agreementId: r.id },
    final: intent === "accept",
  };
}

/** The address of a confirmation step: the page shows it again after a failed confirmed submission. */
const confirmPath = (intent: string, agreementId: string) =>
  `/graduate/agreements?confirm=${intent}&agreement=${agreementId}`;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agreement:sign");
  const db = await getDb();
  const graduate = await graduateOfUser(db, user.id);
  if (!graduate)
    return {
      linked: false,
      rows: [],
      timelines: {} as Awaited<ReturnType<typeof timelinesOf>>,
      confirmation: null,
    };
  const rows = (await listForGraduate(db, graduate.id)).map(view);
  const timelines = await timelinesOf(
    db,
    rows.map((r) => r.id),
    "graduate",
  );
  // ?confirm=accept&agreement=… is the confirmation step as a page of its own (where its form posts).
  const search = new URL(request.url).searchParams;
  const intent = CONFIRMED_INTENTS.find((i) => i === search.get("confirm"));
  const row = intent ? rows.find((r) => r.id === search.get("agreement") && r.events.includes(intent)) : undefined;
  return { linked: true, timelines, rows, confirmation: intent && row ? confirmationFor(intent, row) : null };
}

/** The terms a graduate commits to, shown again before accepting or asking to end an agreement. */
function termsOf(r: ReturnType<typeof view>): { label: Message; value: string }[] {
  return [
    { label: { key: "agreement.field.monthlyPay" }, value: String(r.monthlyPay) },
    { label: { key: "agreement.field.probationMonths" }, value: String(r.probationMonths) },
    { label: { key: "agreement.field.breachPenalty" }, value: String(r.breachPenalty) },
    { label: { key: "agreement.field.startDate" }, value: r.startDate },
    { label: { key: "agreement.field.workCity" }, value: r.workPlace },
    { label: { key: "agreement.field.archiveAddress" }, value: r.archiveAddress },
    { label: { key: "agreement.field.hukouAddress" }, value: r.hukouAddress },
  ];
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agreement:sign");
  const db = await getDb();
  /** The first submission of a weighty act: the summary, nothing changed. */
  const firstStep = async (intent: ConfirmedIntent, agreementId: string) => {
    const r = await ownAgreement(db, user.id, agreementId);
    if (!r) refuse("error.notFound", { status: 404 });
    if (!r.events.includes(intent)) refuse("confirm.notAllowed");
    return confirmFirst(confirmationFor(intent, r));
  };
  return formAction(request, GraduateAgreementForm, {
    accept: async ({ agreementId, confirmed }) => {
      if (!confirmed) return firstStep("accept", agreementId);
      await acceptAgreement(db, { userId: user.id }, { agreementId });
      return done("agreement.done.accept");
    },
    decline: async ({ agreementId, reason }) => {
      await declineAgreement(db, { userId: user.id }, { agreementId, reason });
      return done("agreement.done.decline");
    },
    request_breach: async ({ agreementId, reason, releaseLetter, confirmed }) => {
      if (!confirmed) return firstStep("request_breach", agreementId);
      await requestBreach(
        db,
        { userId: user.id },
        {
          agreementId,
          releaseLetter: releaseLetter ?? null,
          reason: reason ?? null,
        },
      );
      return done("agreement.done.request_breach");
    },
  });
}

/** The release letter and reason, asked for on the confirmation step of a termination request. */
function BreachFields() {
  const t = useT();
  return (
    <>
      <FileField name="releaseLetter" label={t("agreement.releaseLetter")} kind="releaseLetter" required />
      <TextAreaField name="reason" label={t("agreement.reason")} rows={2} />
    </>
  );
}

export default function GraduateAgreements() {
  const data = useLoaderData<typeof loader>();
  const { linked, rows, timelines } = data;
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  // The step asked for by the first submission, or (after a failed confirmed one) the page's own.
  const confirmation = confirmationOf(result) ?? (result?.ok ? null : data.confirmation);
  if (confirmation)
    return (
      <div className="page">
        <h1>{t("agreement.mine.title")}</h1>
        <ErrorSummary result={result} />
        <ConfirmStep
          confirmation={confirmation}
          result={result}
          action={confirmPath(confirmation.intent, confirmation.fields.agreementId ?? "")}
          cancelTo="/graduate/agreements"
          encType={confirmation.intent === "request_breach" ? "multipart/form-data" : undefined}
        >
          {confirmation.intent === "request_breach" ? <BreachFields /> : null}
        </ConfirmStep>
      </div>
    );
  return (
    <div className="page">
      <h1>{t("agreement.mine.title")}</h1>
      {!linked ? <p>{t("agreement.noRoster")}</p> : null}
      <FormOutcome result={result} />
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
                <dd>{formatSchoolDateTime(r.replyDeadline, locale)}</dd>
              </>
            ) : null}
          </dl>
          <AgreementTimeline entries={timelines[r.id]} />
          {r.number ? (
            <p>
              <a href={`/agreements/${r.id}/pdf`}>{t("agreement.pdf")}</a>
            </p>
          ) : null}
          <AgreementEventForms
            row={r}
            result={result}
            buttonClassName={(event) => (event === "accept" ? "button" : "button button--quiet")}
            fields={(event) =>
              event === "decline" ? <TextAreaField name="reason" label={t("agreement.reason")} rows={2} /> : null
            }
          />
        </section>
      ))}
    </div>
  );
}
