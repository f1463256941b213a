import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { getDb } from "../db.server";
import { unsubscribeByToken, unsubscribeTokenIsValid } from "../graduates/digest.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

const title = pageTitle("unsubscribe.title");
export const meta: MetaFunction = (args) => [...title(args), { name: "robots", content: "noindex" }];

/** GET only shows a button: link scanners in mail systems follow links and must not unsubscribe anyone. */
export async function loader({ params }: LoaderFunctionArgs) {
  return { valid: await unsubscribeTokenIsValid(await getDb(), params.token ?? "") };
}

/**
 * The page's button and mail clients' one-click unsubscribe (RFC 8058: POST with
 * List-Unsubscribe=One-Click) both land here. No session needed: the token is the credential.
 * It reads no field, so it is not on `formAction`: a mail client's POST is answered whatever its body.
 */
export async function action({ params, context }: ActionFunctionArgs) {
  // The token is the credential: guesses are limited like sign-in attempts.
  await enforceAuthRateLimit(context, "unsubscribe");
  const done = await unsubscribeByToken(await getDb(), params.token ?? "");
  return { done };
}

export default function Unsubscribe() {
  const { valid } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("unsubscribe.title")}</h1>
      {result?.done ? (
        <p className="notice" role="status">
          {t("unsubscribe.done")}
        </p>
      ) : !valid || result ? (
        <p role="alert">{t("unsubscribe.invalid")}</p>
      ) : (
        <Form method="post">
          <p>{t("unsubscribe.lead")}</p>
          <button type="submit" className="button">
            {t("unsubscribe.confirm")}
          </button>
        </Form>
      )}
    </div>
  );
}
