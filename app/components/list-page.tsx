/**
 * The pieces every staff list page is built from: the filter fields of its GET form, its table, the
 * links that keep the filters while paging, and the notice of a form on the page. One place, so the
 * pages label, announce and link them the same way.
 */
import type { ReactNode } from "react";
import type { AnyFailure } from "../forms/result";
import type { Message } from "../i18n/messages";
import { nameFor } from "../i18n/names";
import { useLocale, useT } from "../i18n/use-t";
import { ErrorSummary } from "./form";

export interface FilterOption {
  value: string | number;
  label: string;
}

/**
 * A select of a filter form, named `name` (and its id, unless `id` says otherwise). `all` is the label
 * of the empty choice that drops the filter (left out where the filter must have a value).
 */
export function FilterSelect({
  name,
  id = name,
  label,
  defaultValue,
  options,
  all,
  disabled,
}: {
  name: string;
  id?: string;
  label: string;
  defaultValue: string | number | null | undefined;
  options: ReadonlyArray<FilterOption>;
  all?: string;
  disabled?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} disabled={disabled}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The free-text search field of a filter form (`q`). */
export function SearchFilter({ label, defaultValue }: { label: string; defaultValue: string | null | undefined }) {
  return (
    <div className="field">
      <label htmlFor="q">{label}</label>
      <input id="q" name="q" type="search" defaultValue={defaultValue ?? ""} />
    </div>
  );
}

/**
 * The search, cohort and college filters of a staff list of graduates. `collegeWhenOne`: false hides
 * the college filter when the reader sees one college only (it could not change anything).
 */
export function GraduateFilterFields({
  filters,
  cohorts,
  colleges,
  collegeWhenOne = true,
}: {
  filters: { q?: string; cohort?: number; college?: number };
  cohorts: ReadonlyArray<number>;
  colleges: ReadonlyArray<{ id: number; nameZh: string; nameEn: string }>;
  collegeWhenOne?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <SearchFilter label={t("graduates.search")} defaultValue={filters.q} />
      <FilterSelect
        name="cohort"
        label={t("graduates.cohort")}
        all={t("graduates.all")}
        defaultValue={filters.cohort}
        options={plainOptions(cohorts)}
      />
      {collegeWhenOne || colleges.length > 1 ? (
        <FilterSelect
          name="college"
          label={t("graduates.college")}
          all={t("graduates.all")}
          defaultValue={filters.college}
          options={colleges.map((college) => ({ value: college.id, label: nameFor(locale, college) }))}
        />
      ) : null}
    </>
  );
}

/** A filter's choices where the value is shown as it is (cohorts, years). */
export function plainOptions(values: ReadonlyArray<string | number>): FilterOption[] {
  return values.map((value) => ({ value, label: String(value) }));
}

/**
 * A data table with one header row of column headings; the rows are the children. `wrap` (default)
 * puts it in the scrolling wrapper; `caption` names it (`captionHidden`: for screen readers only).
 */
export function DataTable({
  columns,
  caption,
  captionHidden,
  testId,
  wrap = true,
  children,
}: {
  columns: ReadonlyArray<ReactNode>;
  caption?: ReactNode;
  captionHidden?: boolean;
  testId?: string;
  wrap?: boolean;
  children: ReactNode;
}) {
  const table = (
    <table className="data" data-testid={testId}>
      {caption !== undefined ? (
        <caption className={captionHidden ? "visually-hidden" : undefined}>{caption}</caption>
      ) : null}
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return wrap ? <div className="table-wrap">{table}</div> : table;
}

/**
 * A link to the same list with the filters kept and some changed (`page`, `filter`): empty filters are
 * left out, so the address stays as short as the form would make it.
 */
export function queryHref(
  filters: Record<string, string | number | null | undefined>,
  overrides: Record<string, string | number> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...overrides })) {
    if (value !== undefined && value !== null && value !== "" && value !== 0) params.set(key, String(value));
  }
  return `?${params}`;
}

/** What an action said about a form on the page: its notice when saved, the error summary when not. */
export function FormOutcome({ result }: { result: AnyFailure | { ok: true; done?: Message } | null | undefined }) {
  const t = useT();
  return (
    <>
      {result && result.ok && result.done ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
      <ErrorSummary result={result} />
    </>
  );
}
