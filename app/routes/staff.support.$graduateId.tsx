import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { ActionForm, FieldError, SelectField, TextAreaField, TextField } from "../components/form";
import { GraduateContactFacts } from "../components/graduate-contact-facts";
import { DataTable, FormOutcome } from "../components/list-page";
import { StateChangeForms } from "../components/one-button-form";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { failureOf, fieldIds } from "../forms/result";
import { notFound, orDeny } from "../http.server";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { CONTACT_CHANNELS, STALL_DAYS, SUBSIDY_KINDS, SUBSIDY_STATES, subsidyKindName } from "../support/rules";
import { subsidyMachine, subsidyTargets } from "../support/states";
import { SupportPlanForm } from "../support/schema";
import { formatSchoolDate, schoolDate } from "../time";
import {
  addGoal,
  assignCounsellor,
  changeSubsidyStatus,
  closeSupportPlan,
  logContact,
  openSupportPlan,
  recordSubsidy,
  referPosting,
  reopenSupportPlan,
  requireGraduateInScope,
  searchReferablePostings,
  removeGoal,
  setGoalDone,
  viewSupportPlan,
} from "../support/support.server";

export const meta = pageTitle("support.plan.link");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "support:manage");
  const id = z.uuid().safeParse(params.graduateId);
  if (!id.success) notFound();
  const db = await getDb();
  // viewSupportPlan refuses (403/404) before anything is read, and audits the view.
  const view = await orDeny(viewSupportPlan(db, staffActor(user), id.data));
  const postingQ = (new URL(request.url).searchParams.get("postingQ") ?? "").trim().slice(0, 60);
  const postingResults = view.plan?.status === "open" && postingQ ? await searchReferablePostings(db, postingQ) : [];
  return { ...view, postingQ, postingResults, today: schoolDate(), me: user.id };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "support:manage");
  const id = z.uuid().safeParse(params.graduateId);
  if (!id.success) notFound();
  const graduateId = id.data;
  const db = await getDb();
  const viewer = staffActor(user);
  // Out of scope or unknown: 403/404 before any input is read.
  await orDeny(requireGraduateInScope(db, viewer, graduateId));
  return formAction(request, SupportPlanForm, {
    open: async ({ counsellorId }) => {
      await openSupportPlan(db, viewer, { graduateId, counsellorId });
      return done("support.done.opened");
    },
    assign: async ({ counsellorId }) => {
      await assignCounsellor(db, viewer, { graduateId, counsellorId });
      return done("support.done.assigned");
    },
    close: async ({ closeReason }) => {
      await closeSupportPlan(db, viewer, { graduateId, reason: closeReason });
      return done("support.done.closed");
    },
    reopen: async () => {
      await reopenSupportPlan(db, viewer, { graduateId });
      return done("support.done.reopened");
    },
    goal: async ({ goalText }) => {
      await addGoal(db, viewer, { graduateId, text: goalText });
      return done("support.done.goal");
    },
    "goal-toggle": async ({ goalId, done: isDone }) => {
      await setGoalDone(db, viewer, { graduateId, goalId, done: isDone });
      return done("support.done.goal");
    },
    "goal-remove": async ({ goalId }) => {
      await removeGoal(db, viewer, { graduateId, goalId });
      return done("support.done.goalRemoved");
    },
    contact: async ({ intent: _intent, ...contact }) => {
      await logContact(db, viewer, { graduateId, contact });
      return done("support.done.contact");
    },
    // A posting picked from the search results, or typed in by its ID: either way "postingId".
    refer: async ({ postingId, referralNote }) => {
      const result = await referPosting(db, viewer, { graduateId, postingId, note: referralNote });
      return done(result.mailed ? "support.done.referred" : "support.done.referredNoMail");
    },
    subsidy: async ({ intent: _intent, ...subsidy }) => {
      await recordSubsidy(db, viewer, { graduateId, subsidy });
      return done("support.done.subsidy");
    },
    "subsidy-status": async ({ subsidyId, subsidyStatus }) => {
      await changeSubsidyStatus(db, viewer, { graduateId, subsidyId, status: subsidyStatus });
      return done("support.done.subsidy");
    },
  });
}

export default function SupportPlanPage() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  const t = useT();
  const locale = useLocale();
  const { graduate, plan } = data;
  const open = plan?.status === "open";
  const date = (iso: string) => formatSchoolDate(iso, locale);
  const counsellorOptions = data.counsellors.map((c) => ({
    value: c.id,
    label: c.schoolWide ? `${c.displayName}${t("support.counsellor.schoolWide")}` : c.displayName,
  }));
  const channelOptions = CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`support.contact.channel.${c}`) }));
  const kindOptions = SUBSIDY_KINDS.map((k) => ({ value: k.code, label: nameFor(locale, k) }));
  const statusOptions = SUBSIDY_STATES.map((s) => ({ value: s, label: t(subsidyMachine.stateLabel(s)) }));

  return (
    <div className="page">
      <p>
        <Link to="/staff/support">← {t("support.back")}</Link>
      </p>
      <h1>
        {t("support.plan.link")}：{graduate.name}
      </h1>
      <FormOutcome result={result} />
      {data.stalled ? (
        <p className="alert" data-testid="stalled">
          {t("support.plan.stalled", { days: data.daysSinceProgress ?? STALL_DAYS })}
        </p>
      ) : null}

      <div className="split">
        <section aria-labelledby="graduate-heading" className="card">
          <h2 id="graduate-heading">{t("support.graduate")}</h2>
          <dl className="facts">
            <dt>{t("graduates.studentNo")}</dt>
            <dd>
              <Link to={`/staff/graduates/${graduate.id}`}>{graduate.studentNo}</Link>
            </dd>
            <dt>{t("graduates.college")}</dt>
            <dd>{nameFor(locale, { nameZh: graduate.collegeZh, nameEn: graduate.collegeEn })}</dd>
            <dt>{t("graduates.major")}</dt>
            <dd>
              {nameFor(locale, { nameZh: graduate.majorZh, nameEn: graduate.majorEn })} ·{" "}
              {t(`degree.${graduate.degree}`)} · {graduate.cohort}
            </dd>
            <GraduateContactFacts graduate={graduate} />
          </dl>
        </section>
        <section aria-labelledby="activity-heading" className="card">
          <h2 id="activity-heading">{t("support.activity")}</h2>
          <dl className="facts">
            <dt>{t("support.activity.applications", { count: data.activity.applications })}</dt>
            <dd>{data.activity.lastApplicationAt ? date(data.activity.lastApplicationAt) : "—"}</dd>
            <dt>{t("support.activity.destination")}</dt>
            <dd>
              {data.activity.destinationStatus
                ? `${data.activity.destinationCode ?? ""} ${t(`destination.state.${data.activity.destinationStatus}`)}`
                : t("destination.state.unreported")}
            </dd>
            <dt>{t("support.plan.lastProgress")}</dt>
            <dd>{data.lastProgressAt ? date(data.lastProgressAt) : t("support.never")}</dd>
          </dl>
        </section>
      </div>

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t("support.plan")}</h2>
        {!plan ? (
          <>
            <p>{t("support.plan.notYet")}</p>
            <ActionForm id="open" intent="open" result={result} className="card">
              <SelectField
                name="counsellorId"
                label={t("support.counsellor")}
                options={counsellorOptions}
                placeholder={t("support.counsellor.choose")}
                defaultValue={data.counsellors.some((c) => c.id === data.me) ? data.me : ""}
              />
              <button type="submit" className="button" disabled={busy}>
                {t("support.plan.open")}
              </button>
            </ActionForm>
          </>
        ) : (
          <div className="card">
            <dl className="facts">
              <dt>{t("support.col.status")}</dt>
              <dd>
                <span className={open ? "badge badge--ok" : "badge"}>{t(`support.state.${plan.status}`)}</span>
              </dd>
              <dt>{t("support.counsellor")}</dt>
              <dd>{plan.counsellorName ?? t("support.unassigned")}</dd>
              <dt>{t("support.plan.openedOn")}</dt>
              <dd>{date(plan.createdAt)}</dd>
              {plan.closedAt ? (
                <>
                  <dt>{t("support.plan.closedOn")}</dt>
                  <dd>{date(plan.closedAt)}</dd>
                  <dt>{t("support.plan.closeReasonShown")}</dt>
                  <dd>{plan.closeReason}</dd>
                </>
              ) : null}
            </dl>
            {open ? (
              <div className="split">
                <ActionForm id="assign" intent="assign" result={result}>
                  <SelectField
                    name="counsellorId"
                    label={t("support.counsellor")}
                    options={counsellorOptions}
                    defaultValue={plan.counsellorId ?? ""}
                    placeholder={t("support.counsellor.choose")}
                  />
                  <button type="submit" className="button button--quiet" disabled={busy}>
                    {t("support.assign")}
                  </button>
                </ActionForm>
                <ActionForm id="close" intent="close" result={result}>
                  <TextField name="closeReason" label={t("support.close.reason")} />
                  <button type="submit" className="button button--quiet" disabled={busy}>
                    {t("support.close")}
                  </button>
                </ActionForm>
              </div>
            ) : (
              <ActionForm id="reopen" intent="reopen" result={result} className="actions">
                <button type="submit" className="button" disabled={busy}>
                  {t("support.reopen")}
                </button>
              </ActionForm>
            )}
          </div>
        )}
      </section>

      {plan ? (
        <>
          <section aria-labelledby="goals-heading">
            <h2 id="goals-heading">{t("support.goals")}</h2>
            {data.goals.length === 0 ? (
              <p>{t("support.goals.none")}</p>
            ) : (
              <ul className="job-list">
                {data.goals.map((goal) => (
                  <li key={goal.id} className="card">
                    <span className={goal.done ? "badge badge--ok" : "badge"}>
                      {t(goal.done ? "support.goal.done" : "support.goal.open")}
                    </span>{" "}
                    {goal.text}
                    {open ? (
                      <ActionForm
                        id={`goal-toggle-${goal.id}`}
                        intent="goal-toggle"
                        result={result}
                        className="inline-form"
                      >
                        <input type="hidden" name="goalId" value={goal.id} />
                        <input type="hidden" name="done" value={goal.done ? "false" : "true"} />{" "}
                        <button type="submit" className="button button--quiet" disabled={busy}>
                          {t(goal.done ? "support.goal.markOpen" : "support.goal.markDone")}
                          <span className="visually-hidden">：{goal.text}</span>
                        </button>
                      </ActionForm>
                    ) : null}
                    {open ? (
                      <ActionForm
                        id={`goal-remove-${goal.id}`}
                        intent="goal-remove"
                        result={result}
                        className="inline-form"
                      >
                        <input type="hidden" name="goalId" value={goal.id} />{" "}
                        <button type="submit" className="button button--quiet" disabled={busy}>
                          {t("support.goal.remove")}
                          <span className="visually-hidden">：{goal.text}</span>
                        </button>
                      </ActionForm>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {open ? (
              // Keyed by the entries' count (here and below): a saved entry empties its form, a refused one keeps what was typed.
              <ActionForm id="goal" intent="goal" result={result} className="filters" key={data.goals.length}>
                <TextField name="goalText" label={t("support.goal.new")} />
                <button type="submit" className="button" disabled={busy}>
                  {t("support.goal.add")}
                </button>
              </ActionForm>
            ) : null}
          </section>

          <section aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">{t("support.contacts")}</h2>
            {open ? (
              <details className="card" open={Boolean(failureOf(result, "contact")) || data.contacts.length === 0}>
                <summary>{t("support.contact.add")}</summary>
                <ActionForm id="contact" intent="contact" result={result} key={data.contacts.length}>
                  <TextField
                    name="contactedOn"
                    type="date"
                    label={t("support.contact.date")}
                    defaultValue={data.today}
                  />
                  <SelectField
                    name="channel"
                    label={t("support.contact.channel")}
                    options={channelOptions}
                    defaultValue="phone"
                  />
                  <TextAreaField name="summary" label={t("support.contact.summary")} rows={4} />
                  <TextField name="nextStep" label={t("support.contact.nextStep")} />
                  <button type="submit" className="button" disabled={busy}>
                    {t("support.contact.save")}
                  </button>
                </ActionForm>
              </details>
            ) : null}
            {data.contacts.length === 0 ? (
              <p>{t("support.contacts.none")}</p>
            ) : (
              <ol className="job-list">
                {data.contacts.map((c) => (
                  <li key={c.id} className="card">
                    <p>
                      <strong>
                        <time dateTime={c.contactedOn}>{c.contactedOn}</time>
                      </strong>{" "}
                      · {t(`support.contact.channel.${c.channel}`)}
                      <span className="muted">
                        {" "}
                        · {t("support.contact.author")}：{c.author ?? "—"}
                      </span>
                    </p>
                    <p className="prewrap">{c.summary}</p>
                    {c.nextStep ? (
                      <p>
                        <strong>{t("support.contact.nextStep")}：</strong>
                        {c.nextStep}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section aria-labelledby="referrals-heading">
            <h2 id="referrals-heading">{t("support.referrals")}</h2>
            {open ? (
              <div className="card">
                <Form method="get" className="filters" role="search">
                  <div className="field">
                    <label htmlFor="postingQ">{t("support.referral.search")}</label>
                    <input id="postingQ" name="postingQ" type="search" defaultValue={data.postingQ} />
                  </div>
                  <button type="submit" className="button button--quiet">
                    {t("support.referral.find")}
                  </button>
                </Form>
                <ActionForm id="refer" intent="refer" result={result} key={data.referrals.length}>
                  {data.postingQ ? (
                    data.postingResults.length === 0 ? (
                      <p>{t("support.referral.noResults")}</p>
                    ) : (
                      <fieldset
                        className="facet"
                        id={fieldIds("refer", "postingId").id}
                        tabIndex={-1}
                        aria-describedby={
                          failureOf(result, "refer")?.errors.postingId
                            ? fieldIds("refer", "postingId").errorId
                            : undefined
                        }
                      >
                        <legend>{t("support.referral.results")}</legend>
                        {data.postingResults.map((p, i) => (
                          <label key={p.id}>
                            <input type="radio" name="postingId" value={p.id} defaultChecked={i === 0} />
                            {p.title} · {p.employerName} · {p.salaryMin}–{p.salaryMax} · {t("jobs.deadline")}{" "}
                            {date(p.deadline)}
                          </label>
                        ))}
                      </fieldset>
                    )
                  ) : null}
                  {data.postingResults.length === 0 ? (
                    <TextField name="postingId" label={t("support.referral.postingId")} />
                  ) : (
                    <FieldError name="postingId" />
                  )}
                  <TextAreaField name="referralNote" label={t("support.referral.note")} rows={3} />
                  <button type="submit" className="button" disabled={busy}>
                    {t("support.referral.refer")}
                  </button>
                </ActionForm>
              </div>
            ) : null}
            {data.referrals.length === 0 ? (
              <p>{t("support.referrals.none")}</p>
            ) : (
              <DataTable
                columns={[t("support.referral.postingId"), t("support.referral.by"), t("support.referral.outcome")]}
                caption={t("support.referrals")}
                captionHidden
              >
                {data.referrals.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`/jobs/${r.postingId}`}>{r.postingTitle}</Link>
                      <br />
                      <span className="muted">{r.employerName}</span>
                      {r.note ? (
                        <>
                          <br />
                          <span className="muted">“{r.note}”</span>
                        </>
                      ) : null}
                    </th>
                    <td>
                      {r.referredBy ?? "—"}
                      <br />
                      <span className="muted">{date(r.createdAt)}</span>
                    </td>
                    <td>
                      {r.applicationStatus ? (
                        <span className={outcomeBadge(r.applicationStatus)}>
                          {t(`application.state.${r.applicationStatus}`)}
                        </span>
                      ) : (
                        <span className="badge">{t("support.referral.notApplied")}</span>
                      )}
                      {r.postingStatus !== "published" ? (
                        <>
                          <br />
                          <span className="muted">{t("support.referral.postingClosed")}</span>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>

          <section aria-labelledby="subsidies-heading">
            <h2 id="subsidies-heading">{t("support.subsidies")}</h2>
            {data.subsidies.length === 0 ? (
              <p>{t("support.subsidies.none")}</p>
            ) : (
              <ul className="job-list">
                {data.subsidies.map((s) => (
                  <li key={s.id} className="card">
                    <p>
                      <strong>{subsidyKindName(s.kind, locale)}</strong> · ¥{s.amountYuan.toLocaleString("zh-CN")} ·{" "}
                      <span
                        className={
                          s.status === "granted"
                            ? "badge badge--ok"
                            : s.status === "refused"
                              ? "badge badge--bad"
                              : "badge badge--warn"
                        }
                      >
                        {t(subsidyMachine.stateLabel(s.status))}
                      </span>
                    </p>
                    <p className="muted">
                      {t("support.subsidy.appliedOn")} {date(s.appliedOn)}
                      {s.decidedOn ? ` · ${t("support.subsidy.decidedOn")} ${date(s.decidedOn)}` : ""}
                      {s.note ? ` · ${s.note}` : ""}
                    </p>
                    {open ? (
                      <StateChangeForms
                        intent="subsidy-status"
                        result={result}
                        name="subsidyId"
                        value={s.id}
                        field="subsidyStatus"
                        states={subsidyTargets(s.status)}
                        label={(to) => (
                          <>
                            {t("support.subsidy.setStatus", { status: t(subsidyMachine.stateLabel(to)) })}
                            <span className="visually-hidden">：{subsidyKindName(s.kind, locale)}</span>
                          </>
                        )}
                        buttonClassName={() => "button button--quiet"}
                        disabled={busy}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {open ? (
              <details className="card" open={Boolean(failureOf(result, "subsidy"))}>
                <summary>{t("support.subsidy.add")}</summary>
                <ActionForm id="subsidy" intent="subsidy" result={result} key={data.subsidies.length}>
                  <SelectField
                    name="subsidyKind"
                    label={t("support.subsidy.kind")}
                    options={kindOptions}
                    placeholder={t("support.counsellor.choose")}
                  />
                  <TextField name="amountYuan" label={t("support.subsidy.amount")} type="text" />
                  <SelectField
                    name="subsidyStatus"
                    label={t("support.subsidy.status")}
                    options={statusOptions}
                    defaultValue="applied"
                  />
                  <TextField
                    name="appliedOn"
                    type="date"
                    label={t("support.subsidy.appliedOn")}
                    defaultValue={data.today}
                  />
                  <TextField name="decidedOn" type="date" label={t("support.subsidy.decidedOn")} />
                  <TextField name="subsidyNote" label={t("support.subsidy.note")} />
                  <button type="submit" className="button" disabled={busy}>
                    {t("support.subsidy.save")}
                  </button>
                </ActionForm>
              </details>
            ) : null}
          </section>
        </>
      ) : null}
      <p className="muted">{t("support.auditNote")}</p>
    </div>
  );
}

/** A referral's outcome: green only when it went well, red when it ended, neutral while under way. */
function outcomeBadge(status: string) {
  if (status === "offered" || status === "accepted") return "badge badge--ok";
  if (status === "rejected" || status === "declined" || status === "withdrawn") return "badge badge--bad";
  return "badge";
}
