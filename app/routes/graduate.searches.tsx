import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "../auth/session.server";
import { ErrorSummary } from "../components/form";
import { getDb } from "../db.server";
import { listSavedSearches, saveSearch, updateSavedSearch } from "../graduates/saved-searches.server";
import { domainFailure, formFailure, formValues } from "../http.server";
import { useT } from "../i18n/use-t";

export const meta: MetaFunction = () => [{ title: "我保存的搜索 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const searches = await listSavedSearches(await getDb(), user.id);
  return { searches: searches.map((s) => ({ id: s.id, label: s.label, query: s.query, frequency: s.frequency })) };
}

const ActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("save"), query: z.string().max(2000) }),
  z.object({ intent: z.literal("update"), id: z.uuid(), frequency: z.enum(["daily", "weekly", "off"]) }),
  z.object({ intent: z.literal("delete"), id: z.uuid() }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const values = formValues(await request.formData());
  const parsed = ActionSchema.safeParse(values);
  if (!parsed.success) return formFailure({ _form: ["form.unknownIntent"] }, values);
  const db = await getDb();
  try {
    if (parsed.data.intent === "save") await saveSearch(db, user.id, parsed.data.query);
    else if (parsed.data.intent === "update")
      await updateSavedSearch(db, user.id, parsed.data.id, { frequency: parsed.data.frequency });
    else await updateSavedSearch(db, user.id, parsed.data.id, "delete");
  } catch (error) {
    return domainFailure(error, values);
  }
  return { ok: true as const, done: parsed.data.intent === "save" ? "savedSearch.saved" : "vetting.decided" };
}

export default function SavedSearches() {
  const { searches } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page">
      <h1>{t("savedSearch.title")}</h1>
      {result?.ok ? (
        <p className="notice" role="status">
          {t(result.done)}
        </p>
      ) : null}
      <ErrorSummary result={result} />
      {searches.length === 0 ? (
        <p>{t("savedSearch.none")}</p>
      ) : (
        <ul className="job-list">
          {searches.map((search) => (
            <li key={search.id} className="card">
              <h2>{search.label}</h2>
              <p>
                <Link to={`/jobs?${search.query}`}>{t("savedSearch.open")}</Link>
              </p>
              <Form method="post" className="filters">
                <input type="hidden" name="id" value={search.id} />
                <div className="field">
                  <label htmlFor={`frequency-${search.id}`}>{t("savedSearch.frequency")}</label>
                  <select id={`frequency-${search.id}`} name="frequency" defaultValue={search.frequency}>
                    <option value="daily">{t("savedSearch.daily")}</option>
                    <option value="weekly">{t("savedSearch.weekly")}</option>
                    <option value="off">{t("savedSearch.off")}</option>
                  </select>
                </div>
                <button className="button" name="intent" value="update">
                  {t("savedSearch.update")}
                </button>
                <button className="button button--quiet" name="intent" value="delete">
                  {t("savedSearch.delete")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
