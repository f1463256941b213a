import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { staffActor } from "../auth/actor";
import { graduateListQuery } from "../graduates/schema";
import { requireStaffScope } from "../auth/session.server";
import { DestinationFields } from "../components/destination-fields";
import { DataTable, FilterSelect, FormOutcome, GraduateFilterFields, queryHref } from "../components/list-page";
import { Pager } from "../components/pager";
import { ActionForm, FieldError, FileField, TextField } from "../components/form";
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
import { graduateListChoices, rosterFiltersOf } from "../graduates/roster.server";
import { STAFF_FILTERS } from "../destinations/staff-filters";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";

export const meta = pageTitle("destination.staff.title");

const PAGE_SIZE = 50;
const FiltersSchema = z.object({
  filter: z.enum(STAFF_FILTERS).catch("unverified"),
  ...graduateListQuery,
});

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "destination:verify");
  const filters = FiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = await getDb();
  const [list, choices, codes] = await Promise.all([
    listDestinationsForStaff(db, staffActor(user), { filter: filters.filter, ...rosterFiltersOf(filters, PAGE_SIZE) }),
    graduateListChoices(db, user.scope),
    listDestinationCodes(db),
  ]);
  return { ...list, filters, ...choices, codes, pageSize: PAGE_SIZE };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "destination:verify");
  const db = await getDb();
  const actor = staffActor(user);
  return formAction(request, StaffDestinationForm, {
    verify: async ({ graduateId }) => {
      await verifyDestination(db, actor, { graduateId });
      return done("destination.staff.verified");
    },
    return: async ({ graduateId, reason }) => {
      await returnDestination(db, actor, { graduateId, reason });
      return done("destination.staff.returned");
    },
    record: async (input) => {
      const graduate = await graduateInScopeByStudentNo(db, user.scope, input.studentNo);
      if (!graduate) refuse("destination.staff.unknownStudent", { field: "studentNo" });
      await recordDestinationOnBehalf(db, actor, {
        graduateId: graduate.id,
        source: "staff",
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
  const pageLink = (page: number) =>
    queryHref({ filter: filters.filter, q: filters.q, cohort: filters.cohort, college: filters.college }, { page });
  const codeName = (code: string | null) => {
    const row = codes.find((c) => c.code === code);
    return row ? `${row.code} ${nameFor(locale, row)}` : "—";
  };
  return (
    <div className="page">
      <h1>{t("destination.staff.title")}</h1>
      <FormOutcome result={result} />
      <Form method="get" className="filters" role="search">
        <FilterSelect
          name="filter"
          label={t("destination.staff.filter")}
          defaultValue={filters.filter}
          options={STAFF_FILTERS.map((f) => ({ value: f, label: t(`destination.staff.filter.${f}`) }))}
        />
        <GraduateFilterFields filters={filters} cohorts={cohorts} colleges={colleges} />
        <button type="submit" className="button">
          {t("report.show")}
        </button>
      </Form>
      <p aria-live="polite">{t("destination.staff.total", { count: total })}</p>
      <DataTable
        testId="destination-list"
        columns={[
          t("graduates.studentNo"),
          t("graduates.name"),
          t("report.college"),
          t("destination.code"),
          t("destination.status"),
          t("destination.staff.details"),
          t("destination.staff.actions"),
        ]}
      >
        {rows.map((row) => (
          <tr key={row.graduateId}>
            <td>{row.studentNo}</td>
            <td>
              <Link to={`/staff/graduates/${row.graduateId}`}>{row.name}</Link>
            </td>
            <td>{nameFor(locale, { nameZh: row.collegeZh, nameEn: row.collegeEn })}</td>
            <td>
              {codeName(row.code)}{" "}
              {row.isInternship ? <span className="badge badge--warn">{t("destination.internship.badge")}</span> : null}
            </td>
            <td>
              {t(`destination.state.${row.status}`)}
              {row.source ? <> · {t(`destination.source.${row.source}`)}</> : null}
              {row.disputed ? (
                <p>
                  <span className="badge badge--warn">{t("destination.disputed.badge")}</span> {row.disputeNote}
                </p>
              ) : null}
              {row.status === "returned" && row.returnedReason ? <p className="muted">{row.returnedReason}</p> : null}
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
      </DataTable>
      <Pager page={filters.page} pages={pages} href={pageLink} />
      <p className="muted">{t("destination.staff.auditNote")}</p>

      <section aria-labelledby="record-heading">
        <h2 id="record-heading">{t("destination.staff.record")}</h2>
        <p className="field__hint">{t("destination.staff.record.hint")}</p>
        <ActionForm id="record" intent="record" result={result} encType="multipart/form-data" noValidate>
          <TextField name="studentNo" label={t("destination.staff.studentNo")} />
          <DestinationFields codes={codes} />
          <FileField name="evidence" label={t("destination.evidence")} kind="destinationEvidence" />
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
