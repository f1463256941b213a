import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { unsubscribeOutreachByToken } from "../campaigns/campaigns.server";
import { getDb } from "../db.server";
import { unsubscribeTokenIsValid } from "../graduates/digest.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

const title = pageTitle("unsubscribe.title");
export const meta: MetaFunction = (args) => [...title(args), { name: "robots", content: "noindex" }];

/** GET only shows a button: link scanners follow links and must not unsubscribe anyone. */
export async function loader({ params }: LoaderFunctionArgs) {
  return { valid: await unsubscribeTokenIsValid(await getDb(), params.token ?? "") };
}

/** The page's button and one-click unsubscribe (RFC 8058) from campaign mails: outreach becomes "site only". */
export async function action({ params, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "unsubscribe");
  return { done: await unsubscribeOutreachByToken(await getDb(), params.token ?? "") };
}

export default function UnsubscribeOutreach() {
  const { valid } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("unsubscribe.title")}</h1>
      {result?.done ? (
        <p className="notice" role="status">
          {t("unsubscribe.category.done")}
        </p>
      ) : !valid || result ? (
        <p role="alert">{t("unsubscribe.invalid")}</p>
      ) : (
        <Form method="post">
          <p>{t("unsubscribe.category.lead")}</p>
          <button type="submit" className="button">
            {t("unsubscribe.confirm")}
          </button>
        </Form>
      )}
    </div>
  );
}
