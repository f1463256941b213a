import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaffScope } from "../auth/session.server";
import { DestinationFields } from "../components/destination-fields";
import { ActionForm, ErrorSummary, FieldError, FileField, TextField } from "../components/form";
import {
  graduateInScopeByStudentNo,
  listDestinationCodes,
  listDestinationsForStaff,
  recordDestinationOnBehalf,
  returnDestination,
  verifyDestination,
} from "../destinations/destinations.server";
import { StaffDestinationForm } from "../destinations/schema";
import { getDb } from "../db.server";
import { refuse } from "../errors";
import { done, formAction } from "../forms/action.server";
import { failureOf, fieldIds, type AnyResult } from "../forms/result";
import { listCohorts } from "../graduates/roster.server";
import { STAFF_FILTERS } from "../destinations/staff-filters";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { listColleges } from "../school/school.server";

export const meta = pageTitle("destination.staff.title");

const PAGE_SIZE = 50;
const FiltersSchema = z.object({
  filter: z.enum(STAFF_FILTERS).catch("unverified"),
  q: z.string().trim().max(50).optional().catch(undefined),
  cohort: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  college: z.coerce.number().int().positive().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "destination:verify");
  const filters = FiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const [list, cohorts, allColleges, codes] = await Promise.all([
    listDestinationsForStaff(
      db,
      { userId: user.id, scope: user.scope },
      {
        filter: filters.filter,
        q: filters.q || undefined,
        cohort: filters.cohort,
        collegeId: filters.college,
        page: filters.page,
        pageSize: PAGE_SIZE,
      },
    ),
    listCohorts(db),
    listColleges(db),
    listDestinationCodes(db),
  ]);
  const scope = user.scope;
  return {
    ...list,
    filters,
    cohorts,
    colleges: scope.kind === "school" ? allColleges : allColleges.filter((c) => c.id === scope.collegeId),
    codes: codes.map((c) => ({
      code: c.code,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      requiredFields: c.requiredFields,
      evidence: c.evidence,
    })),
    pageSize: PAGE_SIZE,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "destination:verify");
  const db = await getDb();
  const actor = { userId: user.id, scope: user.scope };
  return formAction(request, StaffDestinationForm, {
    verify: async ({ graduateId }) => {
      await verifyDestination(db, { graduateId, actor });
      return done("destination.staff.verified");
    },
    return: async ({ graduateId, reason }) => {
      await returnDestination(db, { graduateId, reason, actor });
      return done("destination.staff.returned");
    },
    record: async (input) => {
      const graduate = await graduateInScopeByStudentNo(db, user.scope, input.studentNo);
      if (!graduate) refuse("destination.staff.unknownStudent", { field: "studentNo" });
      await recordDestinationOnBehalf(db, {
        graduateId: graduate.id,
        source: "staff",
        actor,
        code: input.code,
        isInternship: input.isInternship,
        fields: input,
        evidence: input.evidence ?? null,
      });
      return done("destination.staff.recorded");
    },
  });
}

export default function StaffDestinations() {
  const { rows, total, filters, cohorts, colleges, codes, pageSize } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const link = (overrides: Record<string, string | number>) => {
    const params = new URLSearchParams();
    params.set("filter", filters.filter);
    if (filters.q) params.set("q", filters.q);
    if (filters.cohort) params.set("cohort", String(filters.cohort));
    if (filters.college) params.set("college", String(filters.college));
    for (const [k, v] of Object.entries(overrides)) params.set(k, String(v));
    return `?${params}`;
  };
  const codeName = (code: string | null) => {
    const row = codes.find((c) => c.code === code);
    return row ? `${row.code} ${nameFor(locale, row)}` : "—";
  };
  return (
    <div className="page">
      <h1>{t("destination.staff.title")}</h1>
      {result && result.ok ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
      <ErrorSummary result={result} />
      <Form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="filter">{t("destination.staff.filter")}</label>
          <select id="filter" name="filter" defaultValue={filters.filter}>
            {STAFF_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`destination.staff.filter.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="q">{t("graduates.search")}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="cohort">{t("report.cohort")}</label>
          <select id="cohort" name="cohort" defaultValue={filters.cohort ?? ""}>
            <option value="">{t("graduates.all")}</option>
            {cohorts.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="college">{t("report.college")}</label>
          <select id="college" name="college" defaultValue={filters.college ?? ""}>
            <option value="">{t("graduates.all")}</option>
            {colleges.map((c) => (
              <option key={c.id} value={c.id}>
                {nameFor(locale, c)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("report.show")}
        </button>
      </Form>
      <p aria-live="polite">{t("destination.staff.total", { count: total })}</p>
      <div className="table-wrap">
        <table className="data" data-testid="destination-list">
          <thead>
            <tr>
              <th scope="col">{t("graduates.studentNo")}</th>
              <th scope="col">{t("graduates.name")}</th>
              <th scope="col">{t("report.college")}</th>
              <th scope="col">{t("destination.code")}</th>
              <th scope="col">{t("destination.status")}</th>
              <th scope="col">{t("destination.staff.details")}</th>
              <th scope="col">{t("destination.staff.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.graduateId}>
                <td>{row.studentNo}</td>
                <td>
                  <Link to={`/staff/graduates/${row.graduateId}`}>{row.name}</Link>
                </td>
                <td>{nameFor(locale, { nameZh: row.collegeZh, nameEn: row.collegeEn })}</td>
                <td>
                  {codeName(row.code)}{" "}
                  {row.isInternship ? (
                    <span className="badge badge--warn">{t("destination.internship.badge")}</span>
                  ) : null}
                </td>
                <td>
                  {t(`destination.state.${row.status}`)}
                  {row.source ? <> · {t(`destination.source.${row.source}`)}</> : null}
                  {row.disputed ? (
                    <p>
                      <span className="badge badge--warn">{t("destination.disputed.badge")}</span> {row.disputeNote}
                    </p>
                  ) : null}
                  {row.status === "returned" && row.returnedReason ? (
                    <p className="muted">{row.returnedReason}</p>
                  ) : null}
                </td>
                <td>
                  {row.fields
                    ? Object.entries(row.fields).map(([k, v]) => (
                        <div key={k}>
                          {t(`destination.field.${k}`)}：{v}
                        </div>
                      ))
                    : null}
                  {row.code ? (
                    <div className="muted">
                      {row.evidenceIds.length === 0
                        ? t("destination.evidence.none")
                        : row.evidenceIds.map((id, i) => (
                            <a key={id} href={`/staff/destinations/evidence/${id}`} download>
                              {t("destination.evidence.file", { n: i + 1 })}{" "}
                            </a>
                          ))}
                    </div>
                  ) : null}
                </td>
                <td>
                  {row.status === "confirmed" && !row.disputed ? (
                    <ActionForm id={`verify-${row.graduateId}`} intent="verify" result={result}>
                      <input type="hidden" name="graduateId" value={row.graduateId} />
                      <button type="submit" className="button">
                        {/* The visible word first, the name for screen readers after it (WCAG 2.5.3). */}
                        {t("destination.staff.verify")}
                        <span className="visually-hidden"> {row.name}</span>
                      </button>
                    </ActionForm>
                  ) : null}
                  {["reported", "confirmed", "verified"].includes(row.status) ? (
                    <ReturnForm graduateId={row.graduateId} result={result} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="pager" aria-label="pagination">
        {filters.page > 1 ? <Link to={link({ page: filters.page - 1 })}>{t("pager.prev")}</Link> : null}
        <span>{t("pager.page", { page: filters.page, pages })}</span>
        {filters.page < pages ? <Link to={link({ page: filters.page + 1 })}>{t("pager.next")}</Link> : null}
      </nav>
      <p className="muted">{t("destination.staff.auditNote")}</p>

      <section aria-labelledby="record-heading">
        <h2 id="record-heading">{t("destination.staff.record")}</h2>
        <p className="field__hint">{t("destination.staff.record.hint")}</p>
        <ActionForm id="record" intent="record" result={result} encType="multipart/form-data" noValidate>
          <TextField name="studentNo" label={t("destination.staff.studentNo")} />
          <DestinationFields codes={codes} />
          <FileField name="evidence" label={t("destination.evidence")} accept="application/pdf,image/jpeg,image/png" />
          <button type="submit" className="button">
            {t("destination.report.submit")}
          </button>
        </ActionForm>
      </section>
    </div>
  );
}

/** Returning a destination to the graduate: one line for the reason, labelled for screen readers only. */
function ReturnForm({ graduateId, result }: { graduateId: string; result: AnyResult }) {
  const t = useT();
  const form = `return-${graduateId}`;
  const ids = fieldIds(form, "reason");
  const failed = Boolean(failureOf(result, form)?.errors.reason?.length);
  return (
    <ActionForm id={form} intent="return" result={result}>
      <input type="hidden" name="graduateId" value={graduateId} />
      <label className="visually-hidden" htmlFor={ids.id}>
        {t("destination.staff.reason")}
      </label>
      <input
        id={ids.id}
        name="reason"
        placeholder={t("destination.staff.reason")}
        aria-invalid={failed ? true : undefined}
        aria-describedby={failed ? ids.errorId : undefined}
      />
      <FieldError name="reason" />
      <button type="submit" className="button button--quiet">
        {t("destination.staff.return")}
      </button>
    </ActionForm>
  );
}
