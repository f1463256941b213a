import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { confirmStepPage } from "../components/confirm-step";
import { ActionForm, TextAreaField, TextField } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { addMemberByStaff, decideEmployer, getEmployerForStaff } from "../employers/employers.server";
import { employerMachine } from "../employers/states";
import { StaffEmployerForm } from "../employers/schema";
import { refuse } from "../errors";
import { done, formAction } from "../forms/action.server";
import { confirmFirst } from "../forms/confirm";
import { forbidden, notFound } from "../http.server";
import { textFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";

export const meta = pageTitle("employer.detail.title");

function employerIdFrom(params: Record<string, string | undefined>) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  return id.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:read");
  const found = await getEmployerForStaff(await getDb(), employerIdFrom(params));
  if (!found) notFound();
  const { employer, signals, members, postingCounts } = found;
  return {
    employer: { ...employer, licenceFile: employer.licenceFile ? true : false },
    signals,
    members: members.map((m) => ({ displayName: m.displayName, email: m.email, isOwner: m.isOwner })),
    postingCounts,
    canDecide: user.scope.kind === "school",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:decide");
  if (user.scope.kind !== "school") forbidden();
  const employerId = employerIdFrom(params);
  const db = await getDb();
  const decide = async (input: { intent: "verify" | "reject" | "suspend" | "reinstate"; reasons: string }) => {
    await decideEmployer(db, staffActor(user), {
      employerId,
      event: input.intent,
      reasons: input.reasons,
    });
    return done("vetting.decided");
  };
  /** Rejecting or suspending shuts an employer out: the first submission says what follows and changes nothing. */
  const weighty = async (input: { intent: "reject" | "suspend"; reasons: string; confirmed?: "yes" }) => {
    if (input.confirmed) return decide(input);
    const found = await getEmployerForStaff(db, employerId);
    if (!found) refuse("error.notFound", { status: 404 });
    employerMachine.require(found.employer.status, input.intent, "staff");
    if (!input.reasons.trim()) refuse("vetting.reason.required", { field: "reasons" });
    const params = { employer: found.employer.name };
    return confirmFirst({
      intent: input.intent,
      title: { key: `confirm.employer.${input.intent}.title`, params },
      facts: [
        { label: { key: "employer.creditCode" }, value: found.employer.creditCode },
        { label: { key: "confirm.employer.reasons" }, value: input.reasons.trim() },
      ],
      next: [{ key: `confirm.employer.${input.intent}.next` }],
      submit: { key: `confirm.employer.${input.intent}.submit` },
      fields: { reasons: input.reasons },
      final: false,
    });
  };
  return formAction(request, StaffEmployerForm, {
    verify: decide,
    reject: weighty,
    suspend: weighty,
    reinstate: decide,
    "add-member": async ({ email }) => {
      await addMemberByStaff(db, staffActor(user), { employerId, email });
      return done("vetting.decided");
    },
  });
}

export default function StaffEmployer() {
  const { employer, signals, members, postingCounts, canDecide } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const confirmStep = confirmStepPage(result, { title: employer.name, cancelTo: `/staff/employers/${employer.id}` });
  if (confirmStep) return confirmStep;
  return (
    <div className="page">
      <p>
        <Link to="/staff/employers">← {t("employer.list.title")}</Link>
      </p>
      <h1>{employer.name}</h1>
      <p>
        {t("employer.status")}：
        <span className="badge" data-testid="employer-status">
          {t(`employer.state.${employer.status}`)}
        </span>
      </p>
      <FormOutcome result={result} />
      <div className="split">
        <dl className="facts">
          <dt>{t("employer.creditCode")}</dt>
          <dd>
            <code>{employer.creditCode}</code>
          </dd>
          <dt>{t("employer.type")}</dt>
          <dd>{t(`employer.type.${employer.type}`)}</dd>
          <dt>{t("employer.industry")}</dt>
          <dd>{employer.industry}</dd>
          <dt>{t("employer.address")}</dt>
          <dd>
            {employer.province} {employer.city} {employer.address}
          </dd>
          <dt>{t("employer.website")}</dt>
          <dd>{employer.website ?? "—"}</dd>
          <dt>{t("employer.contactEmail")}</dt>
          <dd>{employer.contactEmail}</dd>
          <dt>{t("employer.contactPhone")}</dt>
          <dd>{employer.contactPhone}</dd>
          <dt>{t("employer.hrLicenceNo")}</dt>
          <dd>{employer.hrLicenceNo ?? "—"}</dd>
          <dt>{t("employer.description")}</dt>
          <dd className="prewrap">{employer.description || "—"}</dd>
          <dt>{t("employer.licence")}</dt>
          <dd>
            {employer.licenceFile ? (
              <a href={`/staff/employers/${employer.id}/licence`}>{t("employer.licence.download")}</a>
            ) : (
              "—"
            )}
          </dd>
          {employer.statusReasons ? (
            <>
              <dt>{t("posting.reasons")}</dt>
              <dd>{employer.statusReasons}</dd>
            </>
          ) : null}
        </dl>
        <aside>
          <h2>{t("employer.trust")}</h2>
          <ul className="flags">
            {signals.map((signal) => (
              <li
                key={signal.id}
                className={`flag flag--${signal.tone === "bad" ? "block" : "warn"}`}
                data-signal={signal.id}
              >
                <span
                  className={
                    signal.tone === "good"
                      ? "badge badge--ok"
                      : signal.tone === "bad"
                        ? "badge badge--bad"
                        : "badge badge--warn"
                  }
                >
                  {signal.tone === "good" ? "✓" : "!"}
                </span>{" "}
                {textFor(locale, signal.message)}
              </li>
            ))}
          </ul>
          <h2>{t("employer.postings")}</h2>
          <ul>
            {postingCounts.map((c) => (
              <li key={c.status}>
                {t(`posting.state.${c.status}`)}：{c.n}
              </li>
            ))}
          </ul>
        </aside>
      </div>
      {canDecide ? (
        <section className="card" aria-labelledby="decide">
          <h2 id="decide">{t("employer.status")}</h2>
          <ActionForm id="decide" result={result} noValidate>
            <TextAreaField name="reasons" label={t("vetting.reasons")} rows={3} />
            <div className="actions">
              {employerMachine.available(employer.status, "staff").map((event) => (
                <button
                  key={event}
                  className={event === "verify" || event === "reinstate" ? "button" : "button button--quiet"}
                  name="intent"
                  value={event}
                >
                  {t(employerMachine.eventLabel(event))}
                </button>
              ))}
            </div>
          </ActionForm>
        </section>
      ) : null}
      <h2>{t("employer.members")}</h2>
      <ul>
        {members.map((m) => (
          <li key={m.email}>
            {m.displayName} · {m.email}
          </li>
        ))}
      </ul>
      {canDecide ? (
        <ActionForm id="add-member" intent="add-member" result={result} noValidate className="card">
          <TextField name="email" type="email" label={t("employer.addMember")} />
          <button className="button">{t("employer.invite.submit")}</button>
        </ActionForm>
      ) : null}
    </div>
  );
}
