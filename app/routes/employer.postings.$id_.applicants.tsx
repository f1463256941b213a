import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { employerTransition, listApplicants, saveEmployerNote } from "../applications/applications.server";
import { EMPLOYER_TARGETS } from "../applications/states";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { getMembership, inGoodStanding } from "../employers/employers.server";
import { DomainError } from "../errors";
import { domainFailure, forbidden, formFailure, notFound } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";
import { INTERVIEWABLE_APPLICATION_STATES } from "../interviews/states";
import { APPLICATION_STATES } from "../../vocabulary";

export const meta: MetaFunction = () => [{ title: "应聘者 · 就业" }];

/** Only a member of the posting's own employer gets past this; any other employer gets 403. */
async function load(request: Request, rawId: string | undefined) {
  const user = await requirePermission(request, "applicant:manage-own");
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const db = await getDb();
  const membership = await getMembership(db, user.id);
  if (!membership) forbidden();
  // Applicants' names and contacts are not shown to a suspended or rejected employer; the page says why.
  if (!inGoodStanding(membership.employer)) {
    throw data({ message: `employer.standing.${membership.employer.status}` }, { status: 403 });
  }
  try {
    return {
      user,
      db,
      employerId: membership.employer.id,
      ...(await listApplicants(db, { employerId: membership.employer.id, postingId: id.data })),
    };
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    if (error instanceof DomainError && error.status === 403) forbidden();
    throw error;
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { posting, applicants } = await load(request, params.id);
  return { posting: { id: posting.id, title: posting.title }, applicants };
}

const BulkSchema = z.object({
  applicationIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.uuid()).min(1, "applicants.noneSelected").max(500),
  ),
  to: z.enum(APPLICATION_STATES, { error: "form.invalid" }).refine((s) => EMPLOYER_TARGETS.includes(s), "form.invalid"),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, employerId, applicants } = await load(request, params.id);
  const form = await request.formData();
  const own = new Set(applicants.map((a) => a.id));
  try {
    switch (form.get("intent")) {
      case "status": {
        const parsed = BulkSchema.safeParse({
          applicationIds: form.getAll("applicationIds").map(String),
          to: form.get("to"),
        });
        if (!parsed.success) return formFailure({ applicationIds: parsed.error.issues.map((i) => i.message) });
        // Applications of other postings (even of this employer) are not part of this page.
        if (parsed.data.applicationIds.some((id) => !own.has(id))) forbidden();
        const result = await employerTransition(db, {
          employerId,
          actorUserId: user.id,
          applicationIds: parsed.data.applicationIds,
          to: parsed.data.to,
        });
        return { ok: true as const, ...result };
      }
      case "note": {
        const applicationId = String(form.get("applicationId") ?? "");
        if (!own.has(applicationId)) forbidden();
        await saveEmployerNote(db, {
          employerId,
          actorUserId: user.id,
          applicationId,
          note: String(form.get("note") ?? ""),
        });
        return { ok: true as const, changed: 0, skipped: 0 };
      }
      default:
        return formFailure({ _form: ["form.unknownIntent"] });
    }
  } catch (error) {
    return domainFailure(error);
  }
}

export default function Applicants() {
  const { posting, applicants } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <p>
        <Link to={`/employer/postings/${posting.id}`}>← {t("applicants.back")}</Link>
      </p>
      <h1>
        {t("applicants.title")}：{posting.title}
      </h1>
      <ErrorSummary result={result && !result.ok ? result : undefined} />
      {result?.ok && result.changed + result.skipped > 0 ? (
        <p className="notice" role="status">
          {t("applicants.changed", { count: result.changed })}{" "}
          {result.skipped ? t("applicants.skipped", { count: result.skipped }) : ""}
        </p>
      ) : null}
      {applicants.length === 0 ? <p>{t("applicants.none")}</p> : null}
      <Form method="post" id="bulk">
        <input type="hidden" name="intent" value="status" />
      </Form>
      <div className="table-wrap">
        <table className="data" data-testid="applicants">
          <thead>
            <tr>
              <th scope="col">{t("applicants.select")}</th>
              <th scope="col">{t("graduates.name")}</th>
              <th scope="col">{t("graduates.major")}</th>
              <th scope="col">{t("applicants.skills")}</th>
              <th scope="col">{t("applications.status")}</th>
              <th scope="col">
                {t("graduates.phone")} / {t("graduates.email")}
              </th>
              <th scope="col">{t("applicants.resume")}</th>
              <th scope="col">{t("applicants.note")}</th>
            </tr>
          </thead>
          <tbody>
            {applicants.map((a) => (
              <tr key={a.id} data-status={a.status}>
                <td>
                  <input
                    type="checkbox"
                    name="applicationIds"
                    value={a.id}
                    form="bulk"
                    aria-label={`${t("applicants.select")} ${a.name}`}
                  />
                </td>
                <td>
                  {a.name}
                  <br />
                  <span className="muted">
                    {t(`degree.${a.degree}`)} · {a.cohort}
                  </span>
                  {INTERVIEWABLE_APPLICATION_STATES.has(a.status) ? (
                    <>
                      <br />
                      <Link to={`/employer/interviews?application=${a.id}`}>
                        {t("interview.arrange")}
                        <span className="visually-hidden">：{a.name}</span>
                      </Link>
                    </>
                  ) : null}
                  {a.status === "offered" || a.status === "accepted" ? (
                    <>
                      <br />
                      <Link to={`/employer/agreements?application=${a.id}#draft`}>
                        {t("agreement.draft.fromApplicant")}
                        <span className="visually-hidden">：{a.name}</span>
                      </Link>
                    </>
                  ) : null}
                </td>
                <td>{locale === "en" ? a.majorEn : a.majorZh}</td>
                <td>
                  {a.skills.join("、")}
                  {a.intro ? (
                    <>
                      <br />
                      <span className="muted">{a.intro}</span>
                    </>
                  ) : null}
                  {a.note ? (
                    <>
                      <br />「{a.note}」
                    </>
                  ) : null}
                </td>
                <td>
                  <span className="badge">{t(`application.state.${a.status}`)}</span>
                </td>
                <td data-testid="contact">
                  {a.contactVisible ? (
                    <>
                      {a.phone}
                      <br />
                      {a.email}
                    </>
                  ) : (
                    <span className="muted">{t("applicants.contactHidden")}</span>
                  )}
                </td>
                <td>
                  {a.status !== "withdrawn" ? (
                    <a href={`/graduates/${a.graduateId}/resume`}>{t("applicants.resume")}</a>
                  ) : (
                    "—"
                  )}
                </td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="note" />
                    <input type="hidden" name="applicationId" value={a.id} />
                    <textarea name="note" rows={2} defaultValue={a.employerNote} aria-label={t("applicants.note")} />
                    <button type="submit" className="button button--quiet">
                      {t("applicants.saveNote")}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {applicants.length ? (
        <p>
          <label htmlFor="bulk-to">{t("applicants.bulk")}</label>{" "}
          <select id="bulk-to" name="to" form="bulk">
            {EMPLOYER_TARGETS.map((s) => (
              <option key={s} value={s}>
                {t(`application.state.${s}`)}
              </option>
            ))}
          </select>{" "}
          <button type="submit" form="bulk" className="button">
            {t("applicants.bulk.submit")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
