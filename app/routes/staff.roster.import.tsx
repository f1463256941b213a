import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { staffActor } from "../auth/actor";
import { requireStaffScope } from "../auth/session.server";
import { ActionForm, CheckboxField, ErrorSummary, FileField } from "../components/form";
import { DataTable } from "../components/list-page";
import { getDb } from "../db.server";
import { refuse } from "../errors";
import { formAction } from "../forms/action.server";
import {
  dryRunRoster,
  importRoster,
  MAX_ROSTER_FILE_BYTES,
  readStagedRosterFile,
  stageRosterFile,
} from "../graduates/roster-import.server";
import { RosterImportForm } from "../graduates/schema";
import { nameFor } from "../i18n/names";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import { listColleges } from "../school/school.server";

export const meta = pageTitle("roster.import.title");

const LISTED_PROBLEM_ROWS = 500;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  const scope = user.scope;
  const college =
    scope.kind === "college"
      ? ((await listColleges(await getDb())).find((c) => c.id === scope.collegeId) ?? null)
      : null;
  return { college: college ? { nameZh: college.nameZh, nameEn: college.nameEn } : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  const db = await getDb();
  return formAction(
    request,
    RosterImportForm,
    {
      check: async ({ file }) => {
        if (file.size > MAX_ROSTER_FILE_BYTES) refuse("roster.file.tooLarge", { field: "file", status: 413 });
        const bytes = new Uint8Array(await file.arrayBuffer());
        const report = await dryRunRoster(db, user.scope, bytes);
        const clean = report.fileProblems.length === 0 && report.problemRows === 0;
        return {
          kind: "check" as const,
          stagedId: clean ? await stageRosterFile(bytes, user.id) : null,
          total: report.rows.length,
          newCount: report.newCount,
          updateCount: report.updateCount,
          problemRows: report.problemRows,
          fileProblems: report.fileProblems,
          problems: report.rows
            .filter((row) => row.problems.length > 0)
            .slice(0, LISTED_PROBLEM_ROWS)
            .map((row) => ({ line: row.line, studentNo: row.studentNo, name: row.name, problems: row.problems })),
        };
      },
      import: async ({ stagedId, sendActivation }) => {
        const bytes = await readStagedRosterFile(stagedId, user.id);
        if (!bytes) refuse("roster.import.expired", { status: 410 });
        const result = await importRoster(db, staffActor(user), {
          bytes,
          sendActivation: sendActivation === "on",
        });
        return { kind: "imported" as const, ...result };
      },
    },
    { limit: { bytes: MAX_ROSTER_FILE_BYTES + 256 * 1024, form: "check", field: "file", key: "roster.file.tooLarge" } },
  );
}

export default function RosterImport() {
  const { college } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const busy = navigation.state !== "idle";
  const check = result?.ok && result.kind === "check" ? result : null;
  const imported = result?.ok && result.kind === "imported" ? result : null;
  return (
    <div className="page">
      <p>
        <Link to="/staff/graduates">← {t("graduates.title")}</Link>
      </p>
      <h1>{t("roster.import.title")}</h1>
      <p className="lead">{t("roster.import.lead")}</p>
      {college ? <p>{t("roster.import.scopeCollege", { college: nameFor(locale, college) })}</p> : null}
      <p>
        <a href="/staff/roster/template.xlsx" className="button button--quiet" download>
          {t("roster.import.template")}
        </a>
      </p>
      <ErrorSummary result={result} />
      {imported ? (
        <p className="notice" role="status" data-testid="import-done">
          {t("roster.import.done", {
            inserted: imported.inserted,
            updated: imported.updated,
            mails: imported.activationMails,
          })}
        </p>
      ) : null}
      <ActionForm id="check" intent="check" result={result} encType="multipart/form-data">
        <FileField
          name="file"
          label={t("roster.import.file")}
          hint={t("roster.import.fileHint")}
          kind="rosterSheet"
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {t("roster.import.check")}
        </button>
        {busy ? <progress aria-label={t("roster.import.check")} /> : null}
      </ActionForm>
      {check ? (
        <section aria-live="polite" data-testid="dry-run">
          <p>
            {t("roster.import.summary", {
              total: check.total,
              new: check.newCount,
              update: check.updateCount,
              problems: check.problemRows,
            })}
          </p>
          {check.fileProblems.length || check.problemRows ? (
            <>
              <p className="alert" role="alert">
                {t("roster.import.fixFirst")}
              </p>
              {check.fileProblems.length ? (
                <ul>
                  {check.fileProblems.map((p) => (
                    <li key={p.message + p.value}>
                      {t(p.message)}
                      {p.value ? `：${p.value}` : ""}
                    </li>
                  ))}
                </ul>
              ) : null}
              {check.problems.length ? (
                <DataTable
                  columns={[
                    t("roster.import.line"),
                    t("roster.column.studentNo"),
                    t("roster.column.name"),
                    t("roster.import.problems"),
                  ]}
                >
                  {check.problems.map((row) => (
                    <tr key={row.line}>
                      <td>{row.line}</td>
                      <td>{row.studentNo}</td>
                      <td>{row.name}</td>
                      <td>
                        <ul>
                          {row.problems.map((p, i) => (
                            <li key={i}>
                              {t(`roster.column.${p.column}`)}：{t(p.message)}
                              {p.value ? `（${p.value}）` : ""}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </DataTable>
              ) : null}
              {check.problemRows > check.problems.length ? (
                <p>{t("roster.import.moreRows", { count: check.problemRows - check.problems.length })}</p>
              ) : null}
            </>
          ) : check.stagedId ? (
            <ActionForm id="import" intent="import" result={result}>
              <p className="notice">{t("roster.import.ready")}</p>
              <input type="hidden" name="stagedId" value={check.stagedId} />
              <CheckboxField name="sendActivation" label={t("roster.import.sendActivation")} defaultChecked />
              <p>
                <button type="submit" className="button" disabled={busy}>
                  {t("roster.import.confirm", { count: check.newCount + check.updateCount })}
                </button>
              </p>
            </ActionForm>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
