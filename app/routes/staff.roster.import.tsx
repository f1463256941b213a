import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireStaffScope } from "../auth/session.server";
import { ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import {
  dryRunRoster,
  importRoster,
  MAX_ROSTER_FILE_BYTES,
  readStagedRosterFile,
  stageRosterFile,
} from "../graduates/roster-import.server";
import { domainFailure, formFailure } from "../http.server";
import { useLocale, useT } from "../i18n/use-t";
import { listColleges } from "../school/school.server";

export const meta: MetaFunction = () => [{ title: "导入生源 · 就业" }];

const LISTED_PROBLEM_ROWS = 500;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  const scope = user.scope;
  const college =
    scope.kind === "college"
      ? ((await listColleges(await getDb())).find((c) => c.id === scope.collegeId) ?? null)
      : null;
  return { college: college ? { zh: college.nameZh, en: college.nameEn } : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaffScope(request, "roster:import");
  if (Number(request.headers.get("Content-Length") ?? 0) > MAX_ROSTER_FILE_BYTES + 256 * 1024) {
    return formFailure({ file: ["roster.file.tooLarge"] }, {}, 413);
  }
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const db = await getDb();
  try {
    if (intent === "check") {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) return formFailure({ file: ["roster.file.required"] });
      if (file.size > MAX_ROSTER_FILE_BYTES) return formFailure({ file: ["roster.file.tooLarge"] }, {}, 413);
      const bytes = new Uint8Array(await file.arrayBuffer());
      const report = await dryRunRoster(db, user.scope, bytes);
      const clean = report.fileProblems.length === 0 && report.problemRows === 0;
      return {
        ok: true as const,
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
    }
    if (intent === "import") {
      const bytes = await readStagedRosterFile(String(form.get("stagedId") ?? ""), user.id);
      if (!bytes) return formFailure({ _form: ["roster.import.expired"] }, {}, 410);
      const result = await importRoster(db, {
        actorUserId: user.id,
        scope: user.scope,
        bytes,
        sendActivation: form.get("sendActivation") === "on",
      });
      return { ok: true as const, kind: "imported" as const, ...result };
    }
    return formFailure({ _form: ["form.unknownIntent"] });
  } catch (error) {
    return domainFailure(error);
  }
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
      {college ? (
        <p>{t("roster.import.scopeCollege", { college: locale === "en" ? college.en : college.zh })}</p>
      ) : null}
      <p>
        <a href="/staff/roster/template.xlsx" className="button button--quiet" download>
          {t("roster.import.template")}
        </a>
      </p>
      <ErrorSummary result={result && !result.ok ? result : undefined} />
      {imported ? (
        <p className="notice" role="status" data-testid="import-done">
          {t("roster.import.done", {
            inserted: imported.inserted,
            updated: imported.updated,
            mails: imported.activationMails,
          })}
        </p>
      ) : null}
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="check" />
        <div className="field">
          <label htmlFor="field-file">{t("roster.import.file")}</label>
          <span className="field__hint">{t("roster.import.fileHint")}</span>
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("roster.import.check")}
        </button>
        {busy ? <progress aria-label={t("roster.import.check")} /> : null}
      </Form>
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
                <div className="table-wrap">
                  <table className="data">
                    <thead>
                      <tr>
                        <th scope="col">{t("roster.import.line")}</th>
                        <th scope="col">{t("roster.column.studentNo")}</th>
                        <th scope="col">{t("roster.column.name")}</th>
                        <th scope="col">{t("roster.import.problems")}</th>
                      </tr>
                    </thead>
                    <tbody>
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
                    </tbody>
                  </table>
                </div>
              ) : null}
              {check.problemRows > check.problems.length ? (
                <p>{t("roster.import.moreRows", { count: check.problemRows - check.problems.length })}</p>
              ) : null}
            </>
          ) : check.stagedId ? (
            <Form method="post">
              <p className="notice">{t("roster.import.ready")}</p>
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="stagedId" value={check.stagedId} />
              <label className="checkbox">
                <input type="checkbox" name="sendActivation" defaultChecked /> {t("roster.import.sendActivation")}
              </label>
              <p>
                <button type="submit" className="button" disabled={busy}>
                  {t("roster.import.confirm", { count: check.newCount + check.updateCount })}
                </button>
              </p>
            </Form>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
