import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireSchoolScope } from "../auth/session.server";
import { ActionForm, SelectField, TextAreaField, TextField } from "../components/form";
import { FormOutcome } from "../components/list-page";
import type { AnyResult } from "../forms/result";
import type { ReactNode } from "react";
import { SourceNote } from "../components/programme-bits";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { schoolYear } from "../time";
import { useLocale, useT } from "../i18n/use-t";
import {
  copyProgrammeYear,
  getProgrammeYearForEdit,
  listProgrammeYears,
  updateProgrammeRule,
  updateProgrammeWindow,
  updateProgrammeYear,
  addProgrammeRow,
} from "../programmes/programmes.server";
import { AdminProgrammeForm, formsText, ruleParamsOf, YEAR_DESTINATION_CODES } from "../programmes/schema";
import { RuleFields } from "../components/rule-fields";
import { RULE_KINDS, VALUE_STATUSES, WINDOW_KINDS, type RuleKind, type WindowKind } from "../../vocabulary";

export const meta = pageTitle("programme.admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireSchoolScope(request, "programme:manage");
  const db = await getDb();
  const url = new URL(request.url);
  const programmes = await listProgrammeYears(db);
  const slug = url.searchParams.get("programme") ?? programmes[0]?.slug ?? "";
  const latest = programmes.find((p) => p.slug === slug)?.years.at(-1)?.year ?? schoolYear();
  const year = Number(url.searchParams.get("year")) || latest;
  const province = (url.searchParams.get("province") ?? "").slice(0, 20);
  const editing = await getProgrammeYearForEdit(db, staffActor(user), { slug, year, province });
  return { programmes, slug, year, province, editing };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireSchoolScope(request, "programme:manage");
  const db = await getDb();
  const actor = staffActor(user);
  return formAction(request, AdminProgrammeForm, {
    copy: async ({ intent: _intent, ...input }) => {
      await copyProgrammeYear(db, actor, input);
      return done("programme.done.copied", { year: input.toYear });
    },
    year: async ({ intent: _intent, ...input }) => {
      await updateProgrammeYear(db, actor, input);
      return done("programme.done.year");
    },
    add: async ({ yearId, row, kind }) => {
      // The form checked `kind` against the row's own list.
      if (row === "rule") await addProgrammeRow(db, actor, { yearId, row, kind: kind as RuleKind });
      else await addProgrammeRow(db, actor, { yearId, row, kind: kind as WindowKind });
      return done(row === "rule" ? "programme.done.ruleAdded" : "programme.done.windowAdded");
    },
    window: async ({ intent: _intent, ...input }) => {
      await updateProgrammeWindow(db, actor, input);
      return done("programme.done.window");
    },
    rule: async (input) => {
      await updateProgrammeRule(db, actor, {
        ruleId: input.ruleId,
        kind: input.kind,
        status: input.status,
        params: ruleParamsOf(input),
        source: input.source,
        noteZh: input.noteZh,
        noteEn: input.noteEn,
      });
      return done("programme.done.rule");
    },
  });
}

export default function AdminProgrammes() {
  const { programmes, slug, year, province, editing } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const statusOptions = VALUE_STATUSES.map((value) => ({ value, label: t(`programme.value.${value}`) }));
  return (
    <div className="page">
      <h1>{t("programme.admin.title")}</h1>
      <p className="lead">{t("programme.admin.lead")}</p>
      <FormOutcome result={result} />

      <Form method="get" className="stack">
        <h2>{t("programme.admin.choose")}</h2>
        <div className="field">
          <label htmlFor="choose-programme">{t("nav.programmes")}</label>
          <select id="choose-programme" name="programme" defaultValue={slug}>
            {programmes.map((p) => (
              <option key={p.slug} value={p.slug}>
                {nameFor(locale, p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="choose-year">{t("programme.admin.fromYear")}</label>
          <input id="choose-year" name="year" type="number" defaultValue={year} min={2000} max={2100} />
        </div>
        <div className="field">
          <label htmlFor="choose-province">{t("programme.province")}</label>
          <input id="choose-province" name="province" defaultValue={province} />
        </div>
        <button type="submit" className="button">
          {t("programme.admin.show")}
        </button>
      </Form>

      <ActionForm id="copy" intent="copy" result={result}>
        <h2>{t("programme.admin.copy")}</h2>
        <input type="hidden" name="programmeSlug" value={slug} />
        <input type="hidden" name="province" value={province} />
        <TextField name="fromYear" type="number" label={t("programme.admin.fromYear")} defaultValue={String(year)} />
        <TextField name="toYear" type="number" label={t("programme.admin.toYear")} defaultValue={String(year + 1)} />
        <TextField
          name="toProvince"
          label={t("programme.admin.toProvince")}
          hint={t("programme.admin.toProvince.hint")}
          defaultValue={province}
        />
        <button type="submit" className="button">
          {t("programme.admin.copy")}
        </button>
      </ActionForm>

      {!editing ? (
        <p>{t("programme.noYear")}</p>
      ) : (
        <>
          <h2>
            {t("programme.year", { year: editing.year.year })} · {editing.year.province || t("programme.national")}
          </h2>
          <ActionForm id="year" intent="year" result={result}>
            <fieldset>
              <legend>{t("programme.admin.year")}</legend>
              <input type="hidden" name="yearId" value={editing.year.id} />
              <CheckedValueFields year={editing.year} name="officialUrl" statusOptions={statusOptions}>
                <TextField
                  name="officialUrl"
                  type="url"
                  label={t("programme.officialSite")}
                  defaultValue={editing.year.officialUrl ?? ""}
                />
              </CheckedValueFields>
              <CheckedValueFields year={editing.year} name="destinationCode" statusOptions={statusOptions}>
                <SelectField
                  name="destinationCode"
                  label={t("programme.destinationCode")}
                  options={[
                    { value: "", label: t("programme.admin.destinationCode.none") },
                    ...YEAR_DESTINATION_CODES.map((code) => ({ value: code, label: code })),
                  ]}
                  defaultValue={editing.year.destinationCode ?? ""}
                />
              </CheckedValueFields>
              <YearTextArea year={editing.year} name="benefitsZh" hint="programme.admin.benefits.hint" rows={4} />
              <YearTextArea year={editing.year} name="benefitsEn" rows={4} />
              <YearTextArea year={editing.year} name="benefitsSource" rows={2} />
              <TextAreaField
                name="forms"
                label={t("programme.admin.forms")}
                hint={t("programme.admin.forms.hint")}
                defaultValue={formsText(editing.year.forms)}
                rows={4}
              />
              <button type="submit" className="button">
                {t("programme.admin.save")}
              </button>
            </fieldset>
          </ActionForm>
          <h3>{t("programme.admin.add")}</h3>
          <p className="muted">{t("programme.admin.add.hint")}</p>
          <AddRowForm yearId={editing.year.id} row="rule" kinds={RULE_KINDS} result={result} />
          <AddRowForm yearId={editing.year.id} row="window" kinds={WINDOW_KINDS} result={result} />
          <h3>{t("programme.windows")}</h3>
          {editing.windows.map((window) => (
            <ProgrammeRowForm key={window.id} kind="window" row={window} statusOptions={statusOptions} result={result}>
              <TextField
                name="opensOn"
                type="date"
                label={t("programme.admin.opensOn")}
                defaultValue={window.opensOn ?? ""}
              />
              <TextField
                name="closesOn"
                type="date"
                label={t("programme.admin.closesOn")}
                defaultValue={window.closesOn ?? ""}
              />
            </ProgrammeRowForm>
          ))}
          <h3>{t("programme.rules")}</h3>
          {editing.rules.map((rule) => (
            <ProgrammeRowForm
              key={rule.id}
              kind="rule"
              row={rule}
              statusOptions={statusOptions}
              result={result}
              showSource
            >
              <input type="hidden" name="kind" value={rule.kind} />
              <RuleFields kind={rule.kind} params={rule.params} />
            </ProgrammeRowForm>
          ))}
        </>
      )}
    </div>
  );
}

/** Adds a rule or a window of the chosen kind to the year (the action checks the kind against the row's own list). */
function AddRowForm({
  yearId,
  row,
  kinds,
  result,
}: {
  yearId: string;
  row: "rule" | "window";
  kinds: ReadonlyArray<string>;
  result: AnyResult;
}) {
  const t = useT();
  return (
    <ActionForm id={`add-${row}`} intent="add" result={result}>
      <input type="hidden" name="yearId" value={yearId} />
      <input type="hidden" name="row" value={row} />
      <SelectField
        name="kind"
        label={t(`programme.admin.${row}Kind`)}
        options={kinds.map((kind) => ({ value: kind, label: t(`programme.${row}.${kind}`) }))}
      />
      <button type="submit" className="button">
        {t(row === "rule" ? "programme.admin.addRule" : "programme.admin.addWindow")}
      </button>
    </ActionForm>
  );
}

/**
 * The form of one rule or window of the year: which row it is, its status, its own values (`children`),
 * where the value was read and the notes on it in both languages (`showSource` repeats the source as
 * the public page shows it), then save.
 */
function ProgrammeRowForm({
  kind,
  row,
  statusOptions,
  result,
  showSource = false,
  children,
}: {
  kind: "rule" | "window";
  row: { id: string; kind: string; status: string; source: string; noteZh: string; noteEn: string };
  statusOptions: { value: string; label: string }[];
  result: AnyResult;
  showSource?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <ActionForm id={`${kind}-${row.id}`} intent={kind} result={result}>
      <fieldset>
        <legend>{t(`programme.${kind}.${row.kind}`)}</legend>
        <input type="hidden" name={`${kind}Id`} value={row.id} />
        <SelectField name="status" label={t("programme.status")} options={statusOptions} defaultValue={row.status} />
        {children}
        <TextAreaField name="source" label={t("programme.source")} defaultValue={row.source} rows={2} />
        <TextAreaField name="noteZh" label={t("programme.admin.noteZh")} defaultValue={row.noteZh} rows={2} />
        <TextAreaField name="noteEn" label={t("programme.admin.noteEn")} defaultValue={row.noteEn} rows={2} />
        {showSource ? <SourceNote source={row.source} /> : null}
        <button type="submit" className="button">
          {t("programme.admin.save")}
        </button>
      </fieldset>
    </ActionForm>
  );
}

/**
 * A value of the year that staff check against an official source (the official site, the destination
 * code): how far it is checked (`<name>Status`), the value itself (`children`), and where it was read.
 */
function CheckedValueFields({
  year,
  name,
  statusOptions,
  children,
}: {
  year: Record<"officialUrlStatus" | "destinationCodeStatus" | YearTextName, string>;
  name: "officialUrl" | "destinationCode";
  statusOptions: { value: string; label: string }[];
  children: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <SelectField
        name={`${name}Status`}
        label={t(`programme.admin.${name}Status`)}
        options={statusOptions}
        defaultValue={year[`${name}Status`]}
      />
      {children}
      <YearTextArea year={year} name={`${name}Source`} rows={2} />
    </>
  );
}

type YearTextName = "officialUrlSource" | "destinationCodeSource" | "benefitsZh" | "benefitsEn" | "benefitsSource";

/** One of the year's free texts (a source, the benefits in either language), labelled by its name. */
function YearTextArea({
  year,
  name,
  hint,
  rows,
}: {
  year: Record<YearTextName, string>;
  name: YearTextName;
  hint?: string;
  rows: number;
}) {
  const t = useT();
  return (
    <TextAreaField
      name={name}
      label={t(`programme.admin.${name}`)}
      hint={hint ? t(hint) : undefined}
      defaultValue={year[name]}
      rows={rows}
    />
  );
}
