import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { ActionForm, ErrorSummary, FieldError, TextAreaField } from "../components/form";
import { PostingFacts } from "../components/posting-facts";
import { FlagList } from "../components/posting-form";
import { DataTable } from "../components/list-page";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { forbidden, notFound } from "../http.server";
import { textFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { diffContent } from "../postings/diff";
import { POSTING_RULE_IDS, ruleName } from "../postings/checks";
import { riskOfEmployer } from "../employers/risk.server";
import { addPostingToCorpus, corpusEntryFor } from "../postings/corpus.server";
import { dismissReports, openReportsFor, takeDownPosting } from "../postings/reports.server";
import { decidePosting, getReviewItem } from "../postings/vetting.server";
import { formatSchoolDateTime } from "../time";
import { ReviewForm } from "../postings/vetting-schema";

export const meta = pageTitle("vetting.review.title");

function postingIdFrom(params: Record<string, string | undefined>) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  return id.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:read");
  const db = await getDb();
  const item = await getReviewItem(db, postingIdFrom(params));
  if (!item) notFound();
  const { posting, employer, live, revision, history } = item;
  const last = history[history.length - 1];
  // Staff decisions feed the corpus: offered after a rejection or an approval over the flags.
  const corpusDecision =
    last?.decision === "reject" ? "reject" : last?.decision === "approve" && last.overrideReason ? "override" : null;
  const corpusEntry = await corpusEntryFor(db, posting.id);
  const risk = await riskOfEmployer(db, employer.id);
  const reports = await openReportsFor(db, posting.id);
  return {
    risk,
    reports,
    corpus: corpusDecision
      ? {
          decision: corpusDecision,
          added: corpusEntry !== null,
          // A rejection keeps the checker's flags as the label; an override says they were wrong.
          labels: corpusEntry?.labels ?? (corpusDecision === "reject" ? (last?.flags ?? []).map((f) => f.rule) : []),
        }
      : null,
    posting: { id: posting.id, status: posting.status, flags: posting.flags, submittedAt: posting.submittedAt },
    employer: {
      id: employer.id,
      name: employer.name,
      status: employer.status,
      type: employer.type,
      city: employer.city,
    },
    live,
    revision: revision
      ? { id: revision.id, content: revision.content, flags: revision.flags, submittedAt: revision.submittedAt }
      : null,
    diff: revision ? diffContent(live, revision.content) : null,
    history: history.map((h) => ({
      id: h.id,
      decision: h.decision,
      reasons: h.reasons,
      overrideReason: h.overrideReason,
      createdAt: h.createdAt,
    })),
    canDecide: user.scope.kind === "school",
    dismissed: new URL(request.url).searchParams.get("dismissed") === "1",
  };
}

/** Deciding is school-level work: college staff can read the queue but get 403 here. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:decide");
  if (user.scope.kind !== "school") forbidden();
  const postingId = postingIdFrom(params);
  const db = await getDb();
  const decide = async ({ intent, reasons, overrideReason }: Decision) => {
    await decidePosting(db, staffActor(user), { postingId, decision: intent, reasons, overrideReason });
    // Back to the queue, which says what was decided on which posting (and that the employer was mailed).
    return redirect(`/staff/vetting?decided=${intent}&posting=${postingId}`);
  };
  return formAction(request, ReviewForm, {
    approve: decide,
    request_changes: decide,
    reject: decide,
    take_down: async ({ reason }) => {
      await takeDownPosting(db, staffActor(user), { postingId, reason });
      return redirect(`/staff/vetting/${postingId}?takenDown=1`);
    },
    dismiss_reports: async ({ dismissReason }) => {
      await dismissReports(db, staffActor(user), { postingId, reason: dismissReason });
      return redirect(`/staff/vetting/${postingId}?dismissed=1`);
    },
    add_to_corpus: async ({ labels }) => {
      await addPostingToCorpus(db, { postingId, labels, staffUserId: user.id });
      return redirect(`/staff/vetting/${postingId}?corpus=1`);
    },
  });
}

type Decision = Extract<z.output<typeof ReviewForm>, { intent: "approve" | "request_changes" | "reject" }>;

export default function ReviewPosting() {
  const { posting, employer, live, revision, diff, history, canDecide, corpus, risk, reports, dismissed } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const content = revision?.content ?? live;
  const flags = revision?.flags ?? posting.flags;
  const underReview = posting.status === "submitted" || revision !== null;
  return (
    <div className="page">
      <p>
        <Link to="/staff/vetting">← {t("vetting.title")}</Link>
      </p>
      <h1>{content.title}</h1>
      <p>
        {t("posting.employer")}：<Link to={`/staff/employers/${employer.id}`}>{employer.name}</Link>{" "}
        <span className="badge">{t(`employer.state.${employer.status}`)}</span> · {t("posting.status")}：
        <span className="badge">{t(`posting.state.${posting.status}`)}</span>
        {revision ? (
          <>
            {" "}
            <span className="badge badge--warn">{t("vetting.kind.revision")}</span>
          </>
        ) : null}
      </p>
      {dismissed ? (
        <p className="notice" role="status">
          {t("report.dismissed")}
        </p>
      ) : null}
      <ErrorSummary result={result} />
      <div className="split">
        <div>
          {diff ? (
            <section aria-labelledby="diff-heading">
              <h2 id="diff-heading">{t("vetting.diff")}</h2>
              <DataTable columns={[t("posting.status"), t("vetting.diff.live"), t("vetting.diff.revision")]}>
                {diff.map((row) => (
                  <tr key={row.field} className={row.changed ? "diff-row--changed" : undefined}>
                    <th scope="row">{t(`posting.${row.field}`)}</th>
                    <td>{row.changed ? <del>{row.live}</del> : row.live}</td>
                    <td>{row.changed ? <ins>{row.proposed}</ins> : row.proposed}</td>
                  </tr>
                ))}
              </DataTable>
            </section>
          ) : (
            <PostingFacts content={content} />
          )}
        </div>
        <aside>
          <h2>{t("posting.flags")}</h2>
          <FlagList flags={flags} />
          {reports.length > 0 ? (
            <section aria-labelledby="reports-heading" data-testid="reports">
              <h2 id="reports-heading">
                {t("report.open")}（{reports.length}）
              </h2>
              <ul>
                {reports.map((report) => (
                  <li key={report.id}>
                    <span className="badge badge--bad">{t(`report.reason.${report.reason}`)}</span>{" "}
                    {formatSchoolDateTime(report.createdAt, locale)}
                    {report.details ? <q> {report.details}</q> : null}
                    {report.hasScreenshot ? (
                      <>
                        {" "}
                        <a href={`/staff/vetting/reports/${report.id}/screenshot`}>{t("report.screenshot.view")}</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
              {canDecide && posting.status === "published" ? (
                <ActionForm id="take-down" intent="take_down" result={result} noValidate>
                  <TextAreaField name="reason" label={t("report.takedown.reason")} rows={3} />
                  <button type="submit" className="button">
                    {t("report.takedown")}
                  </button>
                </ActionForm>
              ) : null}
              {canDecide ? (
                <ActionForm id="dismiss" intent="dismiss_reports" result={result} noValidate>
                  <TextAreaField name="dismissReason" label={t("report.dismiss.reason")} rows={2} />
                  <button type="submit" className="button button--quiet">
                    {t("report.dismiss")}
                  </button>
                </ActionForm>
              ) : null}
            </section>
          ) : null}
          {risk ? (
            <section aria-labelledby="risk-heading" data-testid="employer-risk">
              <h2 id="risk-heading">
                {t("vetting.risk")}：{risk.score}
              </h2>
              <p className="muted">{t("vetting.risk.hint")}</p>
              {risk.signals.length === 0 ? (
                <p>{t("vetting.risk.none")}</p>
              ) : (
                <ul>
                  {risk.signals.map((signal) => (
                    <li key={signal.id} data-signal={signal.id}>
                      +{signal.weight} {textFor(locale, signal.evidence)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          {canDecide && underReview ? (
            <ActionForm id="decide" result={result} noValidate>
              <TextAreaField name="reasons" label={t("vetting.reasons")} rows={4} />
              {flags.some((f) => f.severity === "block") ? (
                <TextAreaField name="overrideReason" label={t("vetting.override")} rows={3} />
              ) : null}
              <div className="actions">
                <button className="button" name="intent" value="approve">
                  {t("vetting.approve")}
                </button>
                <button className="button button--quiet" name="intent" value="request_changes">
                  {t("vetting.requestChanges")}
                </button>
                <button className="button button--quiet" name="intent" value="reject">
                  {t("vetting.reject")}
                </button>
              </div>
            </ActionForm>
          ) : !canDecide ? (
            <p className="muted">{t("vetting.readOnly")}</p>
          ) : null}
          {canDecide && corpus ? (
            <section aria-labelledby="corpus-heading" data-testid="add-to-corpus">
              <h2 id="corpus-heading">{t("vetting.corpus.title")}</h2>
              {corpus.added ? <p className="badge badge--ok">{t("vetting.corpus.added")}</p> : null}
              <ActionForm id="corpus" intent="add_to_corpus" result={result} noValidate>
                <fieldset>
                  <legend>{t("vetting.corpus.hint")}</legend>
                  {POSTING_RULE_IDS.map((rule) => (
                    <label key={rule} className="checkbox">
                      <input type="checkbox" name="labels" value={rule} defaultChecked={corpus.labels.includes(rule)} />{" "}
                      {textFor(locale, ruleName(rule))}
                    </label>
                  ))}
                  <FieldError name="labels" />
                </fieldset>
                <button type="submit" className="button button--quiet">
                  {t("vetting.corpus.add")}
                </button>
              </ActionForm>
            </section>
          ) : null}
          <h2>{t("posting.history")}</h2>
          <ul>
            {history.map((h) => (
              <li key={h.id}>
                {formatSchoolDateTime(h.createdAt, locale)} ·{" "}
                {t(
                  h.decision === "approve"
                    ? "vetting.approve"
                    : h.decision === "reject"
                      ? "vetting.reject"
                      : "vetting.requestChanges",
                )}
                {h.reasons ? `：${h.reasons}` : ""}
                {h.overrideReason ? ` (${t("vetting.override")}: ${h.overrideReason})` : ""}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
