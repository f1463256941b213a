import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { requirePermission } from "../auth/session.server";
import { DestinationFields } from "../components/destination-fields";
import { ActionForm, FileField, TextAreaField } from "../components/form";
import { DataTable, FormOutcome } from "../components/list-page";
import {
  confirmDestination,
  destinationForGraduate,
  disputeDestination,
  graduateOfUser,
  listDestinationCodes,
  reportDestination,
} from "../destinations/destinations.server";
import { GraduateDestinationForm } from "../destinations/schema";
import { getDb } from "../db.server";
import { refuse } from "../errors";
import { done, formAction } from "../forms/action.server";
import { formatSchoolDateTime } from "../time";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";

export const meta = pageTitle("destination.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "destination:report");
  const db = await getDb();
  const graduate = await graduateOfUser(db, user.id);
  const codes = await listDestinationCodes(db);
  if (!graduate) return { graduate: null, codes: [], current: null, history: [], evidence: [] };
  const own = await destinationForGraduate(db, graduate.id);
  return {
    graduate: { name: graduate.name, cohort: graduate.cohort },
    codes,
    current: own.current
      ? {
          code: own.current.code,
          status: own.current.status,
          source: own.current.source,
          fields: own.current.fields,
          isInternship: own.current.isInternship,
          disputed: own.current.disputed,
          disputeNote: own.current.disputeNote,
          returnedReason: own.current.returnedReason,
        }
      : null,
    history: own.history.map((h) => ({
      id: h.id,
      action: h.action,
      actorRole: h.actorRole,
      toStatus: h.toStatus,
      code: h.code,
      note: h.note,
      createdAt: h.createdAt,
    })),
    evidence: own.evidence.map((e) => ({ id: e.id, mime: e.mime, size: e.size, createdAt: e.createdAt })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "destination:report");
  const db = await getDb();
  const graduate = await graduateOfUser(db, user.id);
  const graduateId = () => graduate?.id ?? refuse("destination.noRoster");
  return formAction(request, GraduateDestinationForm, {
    report: async (input) => {
      await reportDestination(
        db,
        { userId: user.id },
        {
          graduateId: graduateId(),
          code: input.code,
          isInternship: input.isInternship,
          fields: input,
          evidence: input.evidence ?? null,
        },
      );
      return done("destination.reported");
    },
    confirm: async () => {
      await confirmDestination(db, { userId: user.id }, { graduateId: graduateId() });
      return done("destination.confirmed");
    },
    dispute: async (input) => {
      await disputeDestination(db, { userId: user.id }, { graduateId: graduateId(), note: input.note });
      return done("destination.disputed");
    },
  });
}

export default function GraduateDestination() {
  const { graduate, codes, current, history, evidence } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  if (!graduate) {
    return (
      <div className="page">
        <h1>{t("destination.title")}</h1>
        <p>{t("destination.noRoster")}</p>
      </div>
    );
  }
  const codeName = (code: string | null) => {
    const row = codes.find((c) => c.code === code);
    return row ? `${row.code} ${nameFor(locale, row)}` : "—";
  };
  const awaitingMe = current && current.status === "reported" && current.source !== "graduate" && !current.disputed;
  const canDispute =
    current &&
    current.source !== "graduate" &&
    ["reported", "confirmed", "verified"].includes(current.status) &&
    !current.disputed;
  return (
    <div className="page">
      <h1>{t("destination.title")}</h1>
      <p className="muted">{t("destination.lead")}</p>
      <FormOutcome result={result} />

      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t("destination.current")}</h2>
        {current ? (
          <dl className="facts" data-testid="current-destination">
            <dt>{t("destination.code")}</dt>
            <dd>
              {codeName(current.code)}{" "}
              {current.isInternship ? (
                <span className="badge badge--warn">{t("destination.internship.badge")}</span>
              ) : null}
            </dd>
            <dt>{t("destination.status")}</dt>
            <dd data-testid="destination-status">
              {t(`destination.state.${current.status}`)}{" "}
              {current.disputed ? <span className="badge badge--warn">{t("destination.disputed.badge")}</span> : null}
            </dd>
            <dt>{t("destination.source")}</dt>
            <dd>{t(`destination.source.${current.source}`)}</dd>
            {Object.entries(current.fields).map(([name, value]) => (
              <Fragment key={name}>
                <dt>{t(`destination.field.${name}`)}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
            {current.returnedReason && current.status === "returned" ? (
              <>
                <dt>{t("destination.returnedReason")}</dt>
                <dd>{current.returnedReason}</dd>
              </>
            ) : null}
            <dt>{t("destination.evidence")}</dt>
            <dd>
              {evidence.length ? (
                <ul className="plain">
                  {evidence.map((e, i) => (
                    <li key={e.id}>
                      <a href={`/graduate/destination/evidence/${e.id}`} download>
                        {t("destination.evidence.file", { n: i + 1 })} (
                        {e.mime === "application/pdf" ? "PDF" : e.mime === "image/png" ? "PNG" : "JPEG"},{" "}
                        {Math.max(1, Math.round(e.size / 1024))} KB)
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                t("destination.evidence.none")
              )}
            </dd>
          </dl>
        ) : (
          <p>{t("destination.none")}</p>
        )}
        {awaitingMe ? <p className="notice">{t("destination.awaitingYou")}</p> : null}
        {awaitingMe ? (
          <ActionForm id="confirm" intent="confirm" result={result}>
            <button className="button">{t("destination.confirm")}</button>
          </ActionForm>
        ) : null}
        {canDispute ? (
          <ActionForm id="dispute" intent="dispute" result={result} noValidate>
            <TextAreaField name="note" label={t("destination.dispute.note")} rows={3} />
            <button className="button button--quiet">{t("destination.dispute")}</button>
          </ActionForm>
        ) : null}
      </section>

      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{t("destination.report")}</h2>
        <p className="field__hint">{t("destination.report.hint")}</p>
        <ActionForm id="report" intent="report" result={result} encType="multipart/form-data" noValidate>
          <DestinationFields
            codes={codes}
            defaults={current?.source === "graduate" ? { code: current.code, fields: current.fields } : undefined}
          />
          {/* The proof of a destination (a contract, an offer letter): optional, checked by content on upload. */}
          <FileField name="evidence" label={t("destination.evidence")} kind="destinationEvidence" />
          <button className="button">{t("destination.report.submit")}</button>
        </ActionForm>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("destination.history")}</h2>
        <DataTable
          columns={[
            t("destination.history.when"),
            t("destination.history.action"),
            t("destination.history.by"),
            t("destination.code"),
            t("destination.status"),
            t("destination.history.note"),
          ]}
          testId="destination-history"
        >
          {history.map((h) => (
            <tr key={h.id}>
              <td>{formatSchoolDateTime(h.createdAt, locale)}</td>
              <td>{t(`destination.action.${h.action}`)}</td>
              <td>{t(`destination.actor.${h.actorRole}`)}</td>
              <td>{codeName(h.code)}</td>
              <td>{t(`destination.state.${h.toStatus}`)}</td>
              <td>{h.note ?? ""}</td>
            </tr>
          ))}
        </DataTable>
      </section>
    </div>
  );
}
