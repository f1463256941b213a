import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { DataTable } from "../components/list-page";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import {
  draftAgreement,
  inviteAgreement,
  listForEmployer,
  offerForDraft,
  timelinesOf,
  withdrawAgreement,
} from "../agreements/agreements.server";
import { DraftAgreementSchema, EmployerAgreementForm } from "../agreements/schema";
import { AgreementTimeline } from "../components/agreement-timeline";
import { confirmStepPage } from "../components/confirm-step";
import { agreementMachine, EDITABLE_AGREEMENT_STATES } from "../agreements/states";
import { requirePermission } from "../auth/session.server";
import { AgreementTermsFields } from "../components/agreement-terms";
import { AgreementEventForms } from "../components/agreement-actions";
import { ActionForm, ErrorSummary, TextField } from "../components/form";
import { getDb } from "../db.server";
import { DomainError, firstKey, refuse } from "../errors";
import { done, formAction } from "../forms/action.server";
import { confirmFirst } from "../forms/confirm";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { PROVINCES } from "../school/regions";

export const meta = pageTitle("agreement.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agreement:manage-own");
  const db = await getDb();
  const actor = { userId: user.id };
  try {
    const { rows } = await listForEmployer(db, actor);
    const timelines = await timelinesOf(
      db,
      rows.map((r) => r.agreement.id),
      "employer",
    );
    const requested = z.uuid().safeParse(new URL(request.url).searchParams.get("application"));
    const offer = requested.success ? await offerForDraft(db, actor, requested.data) : null;
    return {
      timelines,
      offer,
      offerMissing: requested.success && !offer,
      rows: rows.map((r) => ({
        id: r.agreement.id,
        status: r.agreement.status,
        position: r.agreement.position,
        graduateName: r.graduateName,
        number: r.agreement.number,
        replyDeadline: r.agreement.replyDeadline?.toISOString() ?? null,
        declineReason: r.agreement.declineReason,
        returnReason: r.agreement.returnReason,
        events: r.events,
      })),
      provinces: PROVINCES,
    };
  } catch (error) {
    // A refusal (no employer membership yet) becomes an empty page; anything else is unexpected
    // and goes to the error page, never to the client as text.
    if (!(error instanceof DomainError)) throw error;
    return {
      rows: [],
      timelines: {} as Awaited<ReturnType<typeof timelinesOf>>,
      offer: null,
      offerMissing: false,
      provinces: PROVINCES,
      error: firstKey(error),
    };
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agreement:manage-own");
  const db = await getDb();
  const actor = { userId: user.id };
  return formAction(request, EmployerAgreementForm, {
    draft: async (raw) => {
      const row = await draftAgreement(db, actor, { data: DraftAgreementSchema.parse(raw) });
      return { ...done("agreement.done.drafted"), id: row.id };
    },
    invite: async ({ agreementId }) => {
      await inviteAgreement(db, actor, { agreementId });
      return { ...done("agreement.done.invite"), id: agreementId };
    },
    withdraw: async ({ agreementId, confirmed }) => {
      if (!confirmed) {
        // Withdrawing voids what the graduate was sent: say so first, and change nothing.
        const { rows } = await listForEmployer(db, actor);
        const row = rows.find((r) => r.agreement.id === agreementId);
        if (!row) refuse("error.notFound", { status: 404 });
        if (!row.events.includes("withdraw")) refuse("confirm.notAllowed");
        const params = { graduate: row.graduateName, position: row.agreement.position };
        return confirmFirst({
          intent: "withdraw",
          title: { key: "confirm.agreement.withdraw.title", params },
          facts: [
            { label: { key: "agreement.graduate" }, value: row.graduateName },
            { label: { key: "agreement.position" }, value: row.agreement.position },
            { label: { key: "agreement.field.startDate" }, value: row.agreement.startDate },
          ],
          next: [{ key: "confirm.agreement.withdraw.next" }],
          submit: { key: "confirm.agreement.withdraw.submit" },
          fields: { agreementId },
          final: true,
        });
      }
      await withdrawAgreement(db, actor, { agreementId });
      return { ...done("agreement.done.withdraw"), id: agreementId };
    },
  });
}

export default function EmployerAgreements() {
  const { rows, provinces, timelines, offer, offerMissing } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const [searchParams] = useSearchParams();
  const edited = searchParams.get("done") === "edited" && !result;
  const confirmStep = confirmStepPage(result, { title: t("agreement.title"), cancelTo: "/employer/agreements" });
  if (confirmStep) return confirmStep;
  return (
    <div className="page">
      <h1>{t("agreement.title")}</h1>
      {result?.ok && "done" in result ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
      {edited ? (
        <p className="notice" role="status">
          {t("agreement.done.edited")}
        </p>
      ) : null}
      <ErrorSummary result={result} />
      <DataTable
        columns={[
          t("agreement.graduate"),
          t("agreement.position"),
          t("agreement.status"),
          t("agreement.number"),
          <span key="agreement.actions" className="visually-hidden">
            {t("agreement.actions")}
          </span>,
        ]}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.graduateName}</td>
            <td>
              {r.position}
              <AgreementTimeline entries={timelines[r.id]} />
            </td>
            <td>
              {t(agreementMachine.stateLabel(r.status))}
              {r.declineReason ? ` — ${r.declineReason}` : ""}
              {r.returnReason && r.status === "returned" ? ` — ${r.returnReason}` : ""}
            </td>
            <td>{r.number ? <a href={`/agreements/${r.id}/pdf`}>{r.number}</a> : "—"}</td>
            <td>
              {EDITABLE_AGREEMENT_STATES.has(r.status) ? (
                <Link to={`/employer/agreements/${r.id}/edit`}>{t("agreement.edit.link")}</Link>
              ) : null}
              <AgreementEventForms
                row={r}
                result={result}
                className="inline-form"
                buttonClassName={(event) => (event === "withdraw" ? "button button--quiet" : "button")}
              />
            </td>
          </tr>
        ))}
      </DataTable>
      <h2 id="draft">{t("agreement.draft.title")}</h2>
      <ActionForm id="draft" intent="draft" result={result} noValidate>
        {offer ? (
          <>
            <input type="hidden" name="applicationId" value={offer.applicationId} />
            <p className="notice">
              {t("agreement.draft.fromOffer", { name: offer.graduateName, posting: offer.postingTitle })}
            </p>
          </>
        ) : (
          <>
            {offerMissing ? (
              <p className="alert" role="alert">
                {t("agreement.draft.offerMissing")}
              </p>
            ) : null}
            <TextField name="studentNo" label={t("agreement.field.studentNo")} />
            <TextField name="graduateName" label={t("agreement.field.graduateName")} />
          </>
        )}
        <AgreementTermsFields provinces={provinces} values={offer?.terms} />
        <button type="submit" className="button">
          {t("agreement.draft.submit")}
        </button>
      </ActionForm>
    </div>
  );
}
