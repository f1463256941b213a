import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireSchoolScope } from "../auth/session.server";
import { ActionForm, SelectField, TextAreaField, TextField } from "../components/form";
import { FormOutcome } from "../components/list-page";
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
              <SelectField
                name="officialUrlStatus"
                label={t("programme.admin.officialUrlStatus")}
                options={statusOptions}
                defaultValue={editing.year.officialUrlStatus}
              />
              <TextField
                name="officialUrl"
                type="url"
                label={t("programme.officialSite")}
                defaultValue={editing.year.officialUrl ?? ""}
              />
              <TextAreaField
                name="officialUrlSource"
                label={t("programme.admin.officialUrlSource")}
                defaultValue={editing.year.officialUrlSource}
                rows={2}
              />
              <SelectField
                name="destinationCodeStatus"
                label={t("programme.admin.destinationCodeStatus")}
                options={statusOptions}
                defaultValue={editing.year.destinationCodeStatus}
              />
              <SelectField
                name="destinationCode"
                label={t("programme.destinationCode")}
                options={[
                  { value: "", label: t("programme.admin.destinationCode.none") },
                  ...YEAR_DESTINATION_CODES.map((code) => ({ value: code, label: code })),
                ]}
                defaultValue={editing.year.destinationCode ?? ""}
              />
              <TextAreaField
                name="destinationCodeSource"
                label={t("programme.admin.destinationCodeSource")}
                defaultValue={editing.year.destinationCodeSource}
                rows={2}
              />
              <TextAreaField
                name="benefitsZh"
                label={t("programme.admin.benefitsZh")}
                hint={t("programme.admin.benefits.hint")}
                defaultValue={editing.year.benefitsZh}
                rows={4}
              />
              <TextAreaField
                name="benefitsEn"
                label={t("programme.admin.benefitsEn")}
                defaultValue={editing.year.benefitsEn}
                rows={4}
              />
              <TextAreaField
                name="benefitsSource"
                label={t("programme.admin.benefitsSource")}
                defaultValue={editing.year.benefitsSource}
                rows={2}
              />
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
          <ActionForm id="add-rule" intent="add" result={result}>
            <input type="hidden" name="yearId" value={editing.year.id} />
            <input type="hidden" name="row" value="rule" />
            <SelectField
              name="kind"
              label={t("programme.admin.ruleKind")}
              options={RULE_KINDS.map((kind) => ({ value: kind, label: t(`programme.rule.${kind}`) }))}
            />
            <button type="submit" className="button">
              {t("programme.admin.addRule")}
            </button>
          </ActionForm>
          <ActionForm id="add-window" intent="add" result={result}>
            <input type="hidden" name="yearId" value={editing.year.id} />
            <input type="hidden" name="row" value="window" />
            <SelectField
              name="kind"
              label={t("programme.admin.windowKind")}
              options={WINDOW_KINDS.map((kind) => ({ value: kind, label: t(`programme.window.${kind}`) }))}
            />
            <button type="submit" className="button">
              {t("programme.admin.addWindow")}
            </button>
          </ActionForm>
          <h3>{t("programme.windows")}</h3>
          {editing.windows.map((window) => (
            <ActionForm key={window.id} id={`window-${window.id}`} intent="window" result={result}>
              <fieldset>
                <legend>{t(`programme.window.${window.kind}`)}</legend>
                <input type="hidden" name="windowId" value={window.id} />
                <SelectField
                  name="status"
                  label={t("programme.status")}
                  options={statusOptions}
                  defaultValue={window.status}
                />
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
                <TextAreaField name="source" label={t("programme.source")} defaultValue={window.source} rows={2} />
                <TextAreaField
                  name="noteZh"
                  label={t("programme.admin.noteZh")}
                  defaultValue={window.noteZh}
                  rows={2}
                />
                <TextAreaField
                  name="noteEn"
                  label={t("programme.admin.noteEn")}
                  defaultValue={window.noteEn}
                  rows={2}
                />
                <button type="submit" className="button">
                  {t("programme.admin.save")}
                </button>
              </fieldset>
            </ActionForm>
          ))}
          <h3>{t("programme.rules")}</h3>
          {editing.rules.map((rule) => (
            <ActionForm key={rule.id} id={`rule-${rule.id}`} intent="rule" result={result}>
              <fieldset>
                <legend>{t(`programme.rule.${rule.kind}`)}</legend>
                <input type="hidden" name="ruleId" value={rule.id} />
                <input type="hidden" name="kind" value={rule.kind} />
                <SelectField
                  name="status"
                  label={t("programme.status")}
                  options={statusOptions}
                  defaultValue={rule.status}
                />
                <RuleFields kind={rule.kind} params={rule.params} formId={`rule-${rule.id}`} result={result} />
                <TextAreaField name="source" label={t("programme.source")} defaultValue={rule.source} rows={2} />
                <TextAreaField name="noteZh" label={t("programme.admin.noteZh")} defaultValue={rule.noteZh} rows={2} />
                <TextAreaField name="noteEn" label={t("programme.admin.noteEn")} defaultValue={rule.noteEn} rows={2} />
                <SourceNote source={rule.source} />
                <button type="submit" className="button">
                  {t("programme.admin.save")}
                </button>
              </fieldset>
            </ActionForm>
          ))}
        </>
      )}
    </div>
  );
}
