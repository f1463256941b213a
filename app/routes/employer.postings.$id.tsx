import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary } from "../components/form";
import { PostingFacts } from "../components/posting-facts";
import { FlagList, PostingFields } from "../components/posting-form";
import { getDb } from "../db.server";
import { requireMembership } from "../employers/employers.server";
import { DomainError } from "../errors";
import { domainFailure, forbidden, formFailure, formValues, notFound } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";
import { parsePostingForm } from "../postings/form.server";
import {
  contentOf,
  endPosting,
  getOwnPosting,
  recallPosting,
  savePosting,
  submitPosting,
} from "../postings/postings.server";
import { isEditableInPlace } from "../postings/states";
import { confirmStillOpen, isUnconfirmed } from "../postings/still-open.server";
import { formatSchoolDateTime } from "../time";

export const meta: MetaFunction = () => [{ title: "岗位 · 就业" }];

async function load(request: Request, id: string | undefined) {
  const user = await requirePermission(request, "posting:manage-own");
  const postingId = z.uuid().safeParse(id);
  if (!postingId.success) notFound();
  try {
    return { user, ...(await getOwnPosting(await getDb(), user.id, postingId.data)) };
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    if (error instanceof DomainError && error.status === 403) forbidden();
    throw error;
  }
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
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const db = await getDb();
  try {
    switch (intent) {
      case "save":
      case "submit": {
        const parsed = parsePostingForm(form);
        if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
        const saved = await savePosting(db, {
          userId: user.id,
          postingId: posting.id,
          content: parsed.content,
          submit: intent === "submit",
        });
        return {
          ok: true as const,
          done:
            saved.kind === "revision"
              ? "posting.revisionSubmitted"
              : saved.kind === "submitted"
                ? "posting.submitted"
                : "posting.saved",
        };
      }
      case "confirm-open":
        await confirmStillOpen(db, { userId: user.id, postingId: posting.id });
        return { ok: true as const, done: "search.stillOpen.confirmed" };
      case "resubmit":
        await submitPosting(db, { userId: user.id, postingId: posting.id });
        return { ok: true as const, done: "posting.submitted" };
      case "recall":
        await recallPosting(db, { userId: user.id, postingId: posting.id });
        return { ok: true as const, done: "posting.recalled" };
      case "close":
      case "withdraw": {
        const { employer } = await requireMembership(db, user.id);
        await endPosting(db, {
          postingId: posting.id,
          event: intent,
          actor: "employer",
          actorUserId: user.id,
          employerId: employer.id,
        });
        return { ok: true as const, done: `posting.state.${intent === "close" ? "closed" : "withdrawn"}` };
      }
      default:
        return formFailure({ _form: ["form.unknownIntent"] }, formValues(form));
    }
  } catch (error) {
    return domainFailure(error, formValues(form));
  }
}

export default function EmployerPosting() {
  const { posting, content, revision, decisions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const done = result?.ok ? result.done : params.get("done") ? `posting.${params.get("done")}` : null;
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
      {done ? (
        <p className="notice" role="status">
          {t(done)}
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
            <Form method="post" noValidate>
              <PostingFields result={result} content={content} />
              <div className="actions">
                {posting.status === "published" ? (
                  <button className="button" name="intent" value="submit">
                    {t("posting.submitRevision")}
                  </button>
                ) : (
                  <>
                    <button className="button" name="intent" value="submit">
                      {t("posting.submit")}
                    </button>
                    <button className="button button--quiet" name="intent" value="save">
                      {t("posting.save")}
                    </button>
                  </>
                )}
              </div>
            </Form>
          ) : null}
          {posting.status === "submitted" ? (
            <section aria-labelledby="in-review">
              <p className="notice" id="in-review">
                {t("posting.inReview")}
              </p>
              <PostingFacts content={content} />
              <Form method="post" className="actions">
                <button className="button button--secondary" name="intent" value="recall">
                  {t("posting.recall")}
                </button>
              </Form>
            </section>
          ) : null}
          {posting.status === "published" ? (
            <Form method="post" className="actions">
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
            </Form>
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
