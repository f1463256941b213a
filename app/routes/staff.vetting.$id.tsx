import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaffScope } from "../auth/session.server";
import { ErrorSummary, TextAreaField } from "../components/form";
import { PostingFacts } from "../components/posting-facts";
import { FlagList } from "../components/posting-form";
import { getDb } from "../db.server";
import { domainFailure, forbidden, formFailure, formValues, notFound } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";
import { diffContent } from "../postings/diff";
import { POSTING_RULE_IDS, ruleName } from "../postings/checks";
import { riskOfEmployer } from "../employers/risk.server";
import { addPostingToCorpus, corpusEntryFor } from "../postings/corpus.server";
import { dismissReports, openReportsFor, takeDownPosting } from "../postings/reports.server";
import { decidePosting, getReviewItem } from "../postings/vetting.server";
import { formatSchoolDateTime } from "../time";

export const meta: MetaFunction = () => [{ title: "审核岗位 · 就业" }];

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

const DecisionSchema = z.object({
  intent: z.enum(["approve", "request_changes", "reject"]),
  reasons: z.string().max(2000, "form.tooLong").optional(),
  overrideReason: z.string().max(2000, "form.tooLong").optional(),
});

/** Deciding is school-level work: college staff can read the queue but get 403 here. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "vetting:decide");
  if (user.scope.kind !== "school") forbidden();
  const postingId = postingIdFrom(params);
  const form = await request.formData();
  const values = formValues(form);
  if (values.intent === "take_down") {
    const reason = z
      .string()
      .max(2000, "form.tooLong")
      .safeParse(values.reason ?? "");
    if (!reason.success) return formFailure({ reason: ["form.tooLong"] }, values);
    try {
      await takeDownPosting(await getDb(), { postingId, staffUserId: user.id, reason: reason.data });
    } catch (error) {
      return domainFailure(error, values);
    }
    return redirect(`/staff/vetting/${postingId}?takenDown=1`);
  }
  if (values.intent === "dismiss_reports") {
    const reason = z
      .string()
      .max(2000, "form.tooLong")
      .safeParse(values.dismissReason ?? "");
    if (!reason.success) return formFailure({ dismissReason: ["form.tooLong"] }, values);
    try {
      await dismissReports(await getDb(), { postingId, staffUserId: user.id, reason: reason.data });
    } catch (error) {
      return domainFailure(error, values);
    }
    return redirect(`/staff/vetting/${postingId}?dismissed=1`);
  }
  if (values.intent === "add_to_corpus") {
    const labels = z.array(z.string().max(60)).max(POSTING_RULE_IDS.length).safeParse(form.getAll("labels"));
    if (!labels.success) return formFailure({ labels: ["vetting.corpus.unknownRule"] }, values);
    try {
      await addPostingToCorpus(await getDb(), { postingId, labels: labels.data, staffUserId: user.id });
    } catch (error) {
      return domainFailure(error, values);
    }
    return redirect(`/staff/vetting/${postingId}?corpus=1`);
  }
  const parsed = DecisionSchema.safeParse(values);
  if (!parsed.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  try {
    await decidePosting(await getDb(), {
      postingId,
      decision: parsed.data.intent,
      reviewerId: user.id,
      reasons: parsed.data.reasons,
      overrideReason: parsed.data.overrideReason,
    });
  } catch (error) {
    return domainFailure(error, values);
  }
  return redirect("/staff/vetting?decided=1");
}

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
      <div className="split">
        <div>
          {diff ? (
            <section aria-labelledby="diff-heading">
              <h2 id="diff-heading">{t("vetting.diff")}</h2>
              <div className="table-wrap">
                <table className="data">
                  <thead>
                    <tr>
                      <th scope="col">{t("posting.status")}</th>
                      <th scope="col">{t("vetting.diff.live")}</th>
                      <th scope="col">{t("vetting.diff.revision")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {diff.map((row) => (
                      <tr key={row.field} className={row.changed ? "diff-row--changed" : undefined}>
                        <th scope="row">{t(`posting.${row.field}`)}</th>
                        <td>{row.changed ? <del>{row.live}</del> : row.live}</td>
                        <td>{row.changed ? <ins>{row.proposed}</ins> : row.proposed}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
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
                <Form method="post" noValidate>
                  <TextAreaField name="reason" label={t("report.takedown.reason")} result={result} rows={3} />
                  <button className="button" name="intent" value="take_down">
                    {t("report.takedown")}
                  </button>
                </Form>
              ) : null}
              {canDecide ? (
                <Form method="post" noValidate>
                  <TextAreaField name="dismissReason" label={t("report.dismiss.reason")} result={result} rows={2} />
                  <button className="button button--quiet" name="intent" value="dismiss_reports">
                    {t("report.dismiss")}
                  </button>
                </Form>
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
                      +{signal.weight} {locale === "en" ? signal.evidence.en : signal.evidence.zh}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          {canDecide && underReview ? (
            <Form method="post" noValidate>
              <ErrorSummary result={result} />
              <TextAreaField name="reasons" label={t("vetting.reasons")} result={result} rows={4} />
              {flags.some((f) => f.severity === "block") ? (
                <TextAreaField name="overrideReason" label={t("vetting.override")} result={result} rows={3} />
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
            </Form>
          ) : !canDecide ? (
            <p className="muted">{t("vetting.readOnly")}</p>
          ) : null}
          {canDecide && corpus ? (
            <section aria-labelledby="corpus-heading" data-testid="add-to-corpus">
              <h2 id="corpus-heading">{t("vetting.corpus.title")}</h2>
              {corpus.added ? <p className="badge badge--ok">{t("vetting.corpus.added")}</p> : null}
              <Form method="post" noValidate>
                <fieldset>
                  <legend>{t("vetting.corpus.hint")}</legend>
                  {POSTING_RULE_IDS.map((rule) => (
                    <label key={rule} className="check">
                      <input type="checkbox" name="labels" value={rule} defaultChecked={corpus.labels.includes(rule)} />{" "}
                      {locale === "en" ? ruleName(rule).en : ruleName(rule).zh} <code className="muted">{rule}</code>
                    </label>
                  ))}
                </fieldset>
                <button className="button button--quiet" name="intent" value="add_to_corpus">
                  {t("vetting.corpus.add")}
                </button>
              </Form>
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
