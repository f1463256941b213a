import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import {
  draftAgreement,
  DraftAgreementSchema,
  inviteAgreement,
  listForEmployer,
  offerForDraft,
  timelinesOf,
  withdrawAgreement,
} from "../agreements/agreements.server";
import { AgreementTimeline } from "../components/agreement-timeline";
import { agreementMachine, EDITABLE_AGREEMENT_STATES } from "../agreements/states";
import { requirePermission } from "../auth/session.server";
import { AgreementTermsFields } from "../components/agreement-terms";
import { ErrorSummary, TextField } from "../components/form";
import { getDb } from "../db.server";
import { DomainError, firstKey } from "../errors";
import { domainFailure, formFailure, formValues, parseForm } from "../http.server";
import { useT } from "../i18n/use-t";
import { PROVINCES } from "../school/regions";

export const meta: MetaFunction = () => [{ title: "三方协议 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agreement:manage-own");
  const db = await getDb();
  try {
    const { rows } = await listForEmployer(db, user.id);
    const timelines = await timelinesOf(
      db,
      rows.map((r) => r.agreement.id),
      "employer",
    );
    const requested = z.uuid().safeParse(new URL(request.url).searchParams.get("application"));
    const offer = requested.success ? await offerForDraft(db, user.id, requested.data) : null;
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

const IntentSchema = z.enum(["draft", "invite", "withdraw"]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agreement:manage-own");
  const db = await getDb();
  const form = await request.formData();
  const values = formValues(form);
  const intent = IntentSchema.safeParse(values.intent);
  if (!intent.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  try {
    if (intent.data === "draft") {
      const parsed = parseForm(DraftAgreementSchema, form);
      if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
      const row = await draftAgreement(db, { userId: user.id, data: parsed.data });
      return { ok: true as const, done: "agreement.done.drafted", id: row.id };
    }
    const id = z.uuid().safeParse(values.agreementId);
    if (!id.success) return formFailure({ _form: ["error.notFound"] }, values, 404);
    if (intent.data === "invite") await inviteAgreement(db, { agreementId: id.data, userId: user.id });
    else await withdrawAgreement(db, { agreementId: id.data, userId: user.id });
    return { ok: true as const, done: `agreement.done.${intent.data}`, id: id.data };
  } catch (error) {
    return domainFailure(error, values);
  }
}

export default function EmployerAgreements() {
  const { rows, provinces, timelines, offer, offerMissing } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const failure = result && !result.ok ? result : undefined;
  const [searchParams] = useSearchParams();
  const edited = searchParams.get("done") === "edited" && !result;
  return (
    <div className="page">
      <h1>{t("agreement.title")}</h1>
      {result && result.ok ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
      {edited ? (
        <p className="notice" role="status">
          {t("agreement.done.edited")}
        </p>
      ) : null}
      <ErrorSummary result={failure} />
      <table className="table">
        <thead>
          <tr>
            <th>{t("agreement.graduate")}</th>
            <th>{t("agreement.position")}</th>
            <th>{t("agreement.status")}</th>
            <th>{t("agreement.number")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
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
                {r.events.map((event) => (
                  <Form method="post" key={event} className="inline-form">
                    <input type="hidden" name="agreementId" value={r.id} />
                    <button type="submit" name="intent" value={event}>
                      {t(agreementMachine.eventLabel(event))}
                    </button>
                  </Form>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="draft">{t("agreement.draft.title")}</h2>
      <Form method="post">
        <input type="hidden" name="intent" value="draft" />
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
            <TextField name="studentNo" label={t("agreement.field.studentNo")} result={failure} />
            <TextField name="graduateName" label={t("agreement.field.graduateName")} result={failure} />
          </>
        )}
        <AgreementTermsFields result={failure} provinces={provinces} values={offer?.terms} />
        <button type="submit">{t("agreement.draft.submit")}</button>
      </Form>
    </div>
  );
}
