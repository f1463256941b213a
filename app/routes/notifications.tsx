import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ALWAYS_MAILED } from "../../vocabulary";
import { requireUser } from "../auth/session.server";
import { ActionForm } from "../components/form";
import { OneButtonForm } from "../components/one-button-form";
import { FormOutcome } from "../components/list-page";
import { getDb } from "../db.server";
import { done, formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useLocale, useT } from "../i18n/use-t";
import {
  CATEGORIES_BY_ROLE,
  listNotificationPreferences,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  setNotificationPreferences,
} from "../notifications/notifications.server";
import { NotificationsForm } from "../notifications/schema";
import { formatSchoolDateTime } from "../time";

export const meta = pageTitle("notification.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const db = await getDb();
  const actor = { userId: user.id };
  return {
    notifications: await listNotifications(db, actor),
    preferences: await listNotificationPreferences(db, actor),
    categories: CATEGORIES_BY_ROLE[user.role].filter((category) => !ALWAYS_MAILED.includes(category)),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const db = await getDb();
  const actor = { userId: user.id };
  return formAction(request, NotificationsForm, {
    read: async ({ id }) => {
      await markNotificationRead(db, actor, { id });
      return done("notification.done.read");
    },
    "read-all": async () => {
      await markAllNotificationsRead(db, actor);
      return done("notification.done.allRead");
    },
    preferences: async ({ siteOnly }) => {
      await setNotificationPreferences(db, actor, { siteOnly });
      return done("notification.done.preferences");
    },
  });
}

export default function Notifications() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const unread = data.notifications.filter((n) => !n.read).length;
  return (
    <div className="page">
      <h1>{t("notification.title")}</h1>
      <FormOutcome result={result} />
      {unread > 0 ? (
        <ActionForm id="read-all" intent="read-all" result={result} className="actions">
          <p className="muted">{t("notification.unread", { count: unread })}</p>
          <button type="submit" className="button button--quiet">
            {t("notification.markAllRead")}
          </button>
        </ActionForm>
      ) : null}
      {data.notifications.length === 0 ? (
        <p className="empty">{t("notification.empty")}</p>
      ) : (
        <ul className="plain stack" data-testid="notifications">
          {data.notifications.map((n) => (
            <li key={n.id} className={n.read ? "card notification" : "card notification notification--unread"}>
              <p className="notification__meta">
                {n.read ? null : <span className="badge badge--info">{t("notification.new")}</span>}{" "}
                <span className="badge">{t(`notification.category.${n.category}`)}</span>{" "}
                <time dateTime={n.createdAt} className="muted">
                  {formatSchoolDateTime(n.createdAt, locale)}
                </time>
              </p>
              <h2 className="notification__title">{n.message ? t(n.message) : n.title}</h2>
              {n.body ? <p className="notification__body">{n.body}</p> : null}
              <div className="actions">
                {n.link ? (
                  <Link to={n.link} className="button button--quiet">
                    {t("notification.open")}
                  </Link>
                ) : null}
                {n.read ? null : (
                  <OneButtonForm
                    intent="read"
                    result={result}
                    name="id"
                    value={n.id}
                    label={t("notification.markRead")}
                    buttonClassName="button button--quiet"
                    className="inline-form"
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2 id="preferences">{t("notification.preferences")}</h2>
      <p className="muted">{t("notification.preferences.lead")}</p>
      <ActionForm id="preferences" intent="preferences" result={result}>
        <fieldset className="field">
          <legend>{t("notification.siteOnly.legend")}</legend>
          <ul className="plain choices">
            {data.categories.map((category) => (
              <li key={category}>
                <label className="choice">
                  <input
                    type="checkbox"
                    name="siteOnly"
                    value={category}
                    defaultChecked={data.preferences[category] === "site"}
                  />
                  {t(`notification.category.${category}`)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="button">
          {t("notification.preferences.save")}
        </button>
      </ActionForm>
    </div>
  );
}
