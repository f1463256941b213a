import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "../auth/session.server";
import { ActionForm, SelectField } from "../components/form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { listSavedSearches, savedSearchName, saveSearch, updateSavedSearch } from "../graduates/saved-searches.server";
import { resolveLocale } from "../i18n/locale.server";
import { SavedSearchForm } from "../graduates/schema";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

export const meta = pageTitle("savedSearch.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const searches = await listSavedSearches(await getDb(), { userId: user.id });
  const locale = resolveLocale(request, user.locale);
  return {
    searches: searches.map((s) => ({
      id: s.id,
      label: savedSearchName(s, locale),
      query: s.query,
      frequency: s.frequency,
    })),
  };
}

/** "save" comes from the job list's button (a form of that page); "update" and "delete" from this page. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "profile:own");
  const db = await getDb();
  return formAction(request, SavedSearchForm, {
    save: async ({ query }) => {
      await saveSearch(db, { userId: user.id }, { query });
      return done("savedSearch.saved");
    },
    update: async ({ id, frequency }) => {
      await updateSavedSearch(db, { userId: user.id }, { id, change: { frequency } });
      return done("vetting.decided");
    },
    delete: async ({ id }) => {
      await updateSavedSearch(db, { userId: user.id }, { id, change: "delete" });
      return done("vetting.decided");
    },
  });
}

export default function SavedSearches() {
  const { searches } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const frequencies = (["daily", "weekly", "off"] as const).map((f) => ({ value: f, label: t(`savedSearch.${f}`) }));
  return (
    <div className="page">
      <h1>{t("savedSearch.title")}</h1>
      <FormOutcome result={result} />
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
              <ActionForm id={`search-${search.id}`} result={result} className="filters">
                <input type="hidden" name="id" value={search.id} />
                <SelectField
                  name="frequency"
                  label={t("savedSearch.frequency")}
                  options={frequencies}
                  defaultValue={search.frequency}
                />
                <button className="button" name="intent" value="update">
                  {t("savedSearch.update")}
                </button>
                <button className="button button--quiet" name="intent" value="delete">
                  {t("savedSearch.delete")}
                </button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
