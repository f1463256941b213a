import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaffScope } from "../auth/session.server";
import { DestinationFields } from "../components/destination-fields";
import { ErrorSummary, TextField } from "../components/form";
import {
  graduateInScopeByStudentNo,
  listDestinationCodes,
  listDestinationsForStaff,
  recordDestinationOnBehalf,
  returnDestination,
  verifyDestination,
} from "../destinations/destinations.server";
import { DestinationFormSchema } from "../destinations/schema";
import { getDb } from "../db.server";
import { listCohorts } from "../graduates/roster.server";
import { domainFailure, formFailure, formValues } from "../http.server";
import { STAFF_FILTERS } from "../destinations/staff-filters";
import { useLocale, useT } from "../i18n/use-t";
import { listColleges } from "../school/school.server";

export const meta: MetaFunction = () => [{ title: "毕业去向审核 · 就业" }];

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

const IntentSchema = z.enum(["verify", "return", "record"]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "destination:verify");
  const form = await request.formData();
  const values = formValues(form);
  const intent = IntentSchema.safeParse(values.intent);
  if (!intent.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  const db = await getDb();
  const actor = { userId: user.id, scope: user.scope };
  try {
    switch (intent.data) {
      case "verify": {
        const id = z.uuid().safeParse(values.graduateId);
        if (!id.success) return formFailure({ _form: ["error.notFound"] }, values, 404);
        await verifyDestination(db, { graduateId: id.data, actor });
        return { ok: true as const, done: "destination.staff.verified" };
      }
      case "return": {
        const id = z.uuid().safeParse(values.graduateId);
        if (!id.success) return formFailure({ _form: ["error.notFound"] }, values, 404);
        await returnDestination(db, { graduateId: id.data, reason: values.reason ?? "", actor });
        return { ok: true as const, done: "destination.staff.returned" };
      }
      case "record": {
        const graduate = await graduateInScopeByStudentNo(db, user.scope, values.studentNo ?? "");
        if (!graduate) return formFailure({ studentNo: ["destination.staff.unknownStudent"] }, values);
        const parsed = DestinationFormSchema.safeParse(values);
        if (!parsed.success) return formFailure({ code: ["destination.code.required"] }, values);
        const evidence = form.get("evidence");
        await recordDestinationOnBehalf(db, {
          graduateId: graduate.id,
          source: "staff",
          actor,
          code: parsed.data.code,
          isInternship: parsed.data.isInternship,
          fields: values,
          evidence: evidence instanceof File ? evidence : null,
        });
        return { ok: true as const, done: "destination.staff.recorded" };
      }
    }
  } catch (error) {
    return domainFailure(error, values);
  }
}

export default function StaffDestinations() {
  const { rows, total, filters, cohorts, colleges, codes, pageSize } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const failure = result && !result.ok ? result : undefined;
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
    return row ? `${row.code} ${locale === "en" ? row.nameEn : row.nameZh}` : "—";
  };
  return (
    <div className="page">
      <h1>{t("destination.staff.title")}</h1>
      {result && result.ok ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
      <ErrorSummary result={failure} />
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
                {locale === "en" ? c.nameEn : c.nameZh}
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
                <td>{locale === "en" ? row.collegeEn : row.collegeZh}</td>
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
                    <Form method="post">
                      <input type="hidden" name="graduateId" value={row.graduateId} />
                      <button className="button" name="intent" value="verify">
                        {/* The visible word first, the name for screen readers after it (WCAG 2.5.3). */}
                        {t("destination.staff.verify")}
                        <span className="visually-hidden"> {row.name}</span>
                      </button>
                    </Form>
                  ) : null}
                  {["reported", "confirmed", "verified"].includes(row.status) ? (
                    <Form method="post">
                      <input type="hidden" name="graduateId" value={row.graduateId} />
                      <label className="visually-hidden" htmlFor={`reason-${row.graduateId}`}>
                        {t("destination.staff.reason")}
                      </label>
                      <input
                        id={`reason-${row.graduateId}`}
                        name="reason"
                        placeholder={t("destination.staff.reason")}
                      />
                      <button className="button button--quiet" name="intent" value="return">
                        {t("destination.staff.return")}
                      </button>
                    </Form>
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
        <Form method="post" encType="multipart/form-data" noValidate>
          <TextField name="studentNo" label={t("destination.staff.studentNo")} result={failure} />
          <DestinationFields codes={codes} result={failure} />
          <div className="field">
            <label htmlFor="field-evidence">{t("destination.evidence")}</label>
            <input id="field-evidence" name="evidence" type="file" accept="application/pdf,image/jpeg,image/png" />
          </div>
          <button className="button" name="intent" value="record">
            {t("destination.report.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}
