import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { ActionForm, ErrorSummary } from "../components/form";
import { PostingFacts } from "../components/posting-facts";
import { FlagList, PostingFields, PostingFormButtons } from "../components/posting-form";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { notFound, orDeny } from "../http.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import {
  contentOf,
  endPosting,
  getOwnPosting,
  recallPosting,
  savePosting,
  submitPosting,
} from "../postings/postings.server";
import { EmployerPostingForm, toContent, type PostingForm } from "../postings/schema";
import { isEditableInPlace } from "../postings/states";
import { confirmStillOpen, isUnconfirmed } from "../postings/still-open.server";
import { formatSchoolDateTime } from "../time";

export const meta = pageTitle("employer.posting.title");

async function load(request: Request, id: string | undefined) {
  const user = await requirePermission(request, "posting:manage-own");
  const postingId = z.uuid().safeParse(id);
  if (!postingId.success) notFound();
  return { user, ...(await orDeny(getOwnPosting(await getDb(), { userId: user.id }, postingId.data))) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { posting, revision, decisions } = await load(request, params.id);
  const pendingRevision =
    revision && ["submitted", "changes_requested", "rejected"].includes(revision.status) ? revision : null;
  return {
    posting: {
      id: posting.id,
      status: posting.status,
      reasons: posting.reasons,
      flags: posting.flags,
      title: posting.title,
      unconfirmed: isUnconfirmed(posting),
      asked: Boolean(posting.openCheckSentAt),
    },
    content: pendingRevision && pendingRevision.status !== "rejected" ? pendingRevision.content : contentOf(posting),
    revision: pendingRevision
      ? { status: pendingRevision.status, reasons: pendingRevision.reasons, flags: pendingRevision.flags }
      : null,
    decisions: decisions.map((d) => ({ id: d.id, decision: d.decision, reasons: d.reasons, createdAt: d.createdAt })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, posting } = await load(request, params.id);
  const db = await getDb();
  const save = async (form: PostingForm, submit: boolean) => {
    const saved = await savePosting(
      db,
      { userId: user.id },
      { postingId: posting.id, content: toContent(form), submit },
    );
    return done(
      saved.kind === "revision"
        ? "posting.revisionSubmitted"
        : saved.kind === "submitted"
          ? "posting.submitted"
          : "posting.saved",
    );
  };
  const end = async (event: "close" | "withdraw") => {
    await endPosting(db, { userId: user.id }, { postingId: posting.id, event });
    return done(`posting.state.${event === "close" ? "closed" : "withdrawn"}`);
  };
  return formAction(request, EmployerPostingForm, {
    save: ({ intent: _intent, ...form }) => save(form, false),
    submit: ({ intent: _intent, ...form }) => save(form, true),
    "confirm-open": async () => {
      await confirmStillOpen(db, { userId: user.id }, { postingId: posting.id });
      return done("search.stillOpen.confirmed");
    },
    resubmit: async () => {
      await submitPosting(db, { userId: user.id }, { postingId: posting.id });
      return done("posting.submitted");
    },
    recall: async () => {
      await recallPosting(db, { userId: user.id }, { postingId: posting.id });
      return done("posting.recalled");
    },
    close: () => end("close"),
    withdraw: () => end("withdraw"),
  });
}

export default function EmployerPosting() {
  const { posting, content, revision, decisions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const notice = result?.ok ? result.done : params.get("done") ? `posting.${params.get("done")}` : null;
  const editable = isEditableInPlace(posting.status) || posting.status === "published";
  const flags = revision?.flags ?? posting.flags;
  return (
    <div className="page">
      <p>
        <Link to="/employer">← {t("employer.title")}</Link>
      </p>
      <h1>{posting.title}</h1>
      <p>
        <Link to={`/employer/postings/${posting.id}/applicants`}>{t("applicants.title")}</Link>
      </p>
      <p>
        {t("posting.status")}：
        <span className="badge" data-testid="posting-status">
          {t(`posting.state.${posting.status}`)}
        </span>{" "}
        {revision?.status === "submitted" ? (
          <span className="badge badge--warn">{t("posting.revision.pending")}</span>
        ) : null}
      </p>
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      <ErrorSummary result={result} />
      {(revision?.reasons ?? posting.reasons) &&
      (posting.status === "changes_requested" ||
        posting.status === "rejected" ||
        revision?.status === "changes_requested" ||
        revision?.status === "rejected") ? (
        <div className="alert" role="note" data-testid="reviewer-reasons">
          <strong>{t("posting.reasons")}：</strong>
          {revision?.reasons ?? posting.reasons}
        </div>
      ) : null}
      <div className="split">
        <div>
          {editable ? (
            <ActionForm id="posting" result={result} noValidate>
              <PostingFields content={content} />
              <PostingFormButtons revision={posting.status === "published"} />
            </ActionForm>
          ) : null}
          {posting.status === "submitted" ? (
            <section aria-labelledby="in-review">
              <p className="notice" id="in-review">
                {t("posting.inReview")}
              </p>
              <PostingFacts content={content} />
              <ActionForm id="recall" intent="recall" result={result} className="actions">
                <button type="submit" className="button button--secondary">
                  {t("posting.recall")}
                </button>
              </ActionForm>
            </section>
          ) : null}
          {posting.status === "published" ? (
            <ActionForm id="published" result={result} className="actions">
              {posting.asked ? (
                <button className="button" name="intent" value="confirm-open">
                  {t("search.stillOpen")}
                </button>
              ) : null}
              <button className="button button--quiet" name="intent" value="close">
                {t("posting.close")}
              </button>
              <button className="button button--quiet" name="intent" value="withdraw">
                {t("posting.withdraw")}
              </button>
            </ActionForm>
          ) : null}
        </div>
        <aside>
          <h2>{t("posting.flags")}</h2>
          <FlagList flags={flags} />
          <h2>{t("posting.history")}</h2>
          <ul>
            {decisions.map((d) => (
              <li key={d.id}>
                {formatSchoolDateTime(d.createdAt, locale)} ·{" "}
                {t(
                  d.decision === "approve"
                    ? "vetting.approve"
                    : d.decision === "reject"
                      ? "vetting.reject"
                      : "vetting.requestChanges",
                )}
                {d.reasons ? `：${d.reasons}` : ""}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
