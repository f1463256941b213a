import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { employerTransition, listApplicants, saveEmployerNote } from "../applications/applications.server";
import { ApplicantsForm } from "../applications/schema";
import { EMPLOYER_TARGETS } from "../applications/states";
import { requirePermission } from "../auth/session.server";
import { ActionForm, ErrorSummary, FieldError } from "../components/form";
import { OneButtonForm } from "../components/one-button-form";
import { getDb } from "../db.server";
import { getMembership, inGoodStanding } from "../employers/employers.server";
import { formAction } from "../forms/action.server";
import { fieldIds } from "../forms/result";
import { forbidden, notFound, orDeny } from "../http.server";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { DataTable } from "../components/list-page";
import { useLocale, useT } from "../i18n/use-t";
import { INTERVIEWABLE_APPLICATION_STATES } from "../interviews/states";

export const meta = pageTitle("applicants.title");

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
  return {
    user,
    db,
    employerId: membership.employer.id,
    ...(await orDeny(listApplicants(db, { employerId: membership.employer.id, postingId: id.data }))),
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { posting, applicants } = await load(request, params.id);
  return { posting: { id: posting.id, title: posting.title }, applicants };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, employerId, applicants } = await load(request, params.id);
  const own = new Set(applicants.map((a) => a.id));
  return formAction(request, ApplicantsForm, {
    status: async ({ applicationIds, to }) => {
      // Applications of other postings (even of this employer) are not part of this page.
      if (applicationIds.some((id) => !own.has(id))) forbidden();
      return employerTransition(db, { userId: user.id }, { employerId, applicationIds, to });
    },
    note: async ({ applicationId, note }) => {
      if (!own.has(applicationId)) forbidden();
      await saveEmployerNote(db, { userId: user.id }, { employerId, applicationId, note });
      return { changed: 0, skipped: 0 };
    },
  });
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
      <ErrorSummary result={result} />
      {result?.ok && result.changed + result.skipped > 0 ? (
        <p className="notice" role="status">
          {t("applicants.changed", { count: result.changed })}{" "}
          {result.skipped ? t("applicants.skipped", { count: result.skipped }) : ""}
        </p>
      ) : null}
      {applicants.length === 0 ? <p>{t("applicants.none")}</p> : null}
      {/* The bulk form's fields sit in the table (form="bulk"): one checkbox per applicant. */}
      <ActionForm id="bulk" intent="status" result={result}>
        <FieldError name="applicationIds" />
      </ActionForm>
      <DataTable
        columns={[
          t("applicants.select"),
          t("graduates.name"),
          t("graduates.major"),
          t("applicants.skills"),
          t("applications.status"),
          `${t("graduates.phone")} / ${t("graduates.email")}`,
          t("applicants.resume"),
          t("applicants.note"),
        ]}
        testId="applicants"
      >
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
            <td>{nameFor(locale, { nameZh: a.majorZh, nameEn: a.majorEn })}</td>
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
              <OneButtonForm
                intent="note"
                result={result}
                name="applicationId"
                value={a.id}
                label={t("applicants.saveNote")}
                buttonClassName="button button--quiet"
              >
                <textarea
                  id={fieldIds(`note-${a.id}`, "note").id}
                  name="note"
                  rows={2}
                  defaultValue={a.employerNote}
                  aria-label={t("applicants.note")}
                />
                <FieldError name="note" />
              </OneButtonForm>
            </td>
          </tr>
        ))}
      </DataTable>
      {applicants.length ? (
        <p>
          <label htmlFor={fieldIds("bulk", "to").id}>{t("applicants.bulk")}</label>{" "}
          <select id={fieldIds("bulk", "to").id} name="to" form="bulk">
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
