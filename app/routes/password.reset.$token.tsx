import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { findPasswordReset, resetPassword } from "../auth/password-reset.server";
import { PasswordResetSchema } from "../auth/schema";
import { NewPasswordField } from "../components/account-fields";
import { ActionForm, ErrorSummary, TextField } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

const title = pageTitle("password.reset.title");
/** The link is a credential: kept out of search engines. */
export const meta: MetaFunction = (args) => [...(title(args) ?? []), { name: "robots", content: "noindex" }];

/** Shows the form only: opening the link (mail scanners do) changes nothing. */
export async function loader({ params }: LoaderFunctionArgs) {
  return findPasswordReset(await getDb(), params.token ?? "");
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "activate");
  return formAction(request, PasswordResetSchema, async ({ password }) => {
    await resetPassword(await getDb(), { token: params.token ?? "", password });
    return redirect("/login?done=password-reset");
  });
}

export default function ResetPassword() {
  const { status } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("password.reset.title")}</h1>
      {status !== "ok" ? (
        <>
          <p role="alert">{t(`password.reset.link.${status}`)}</p>
          <p>
            <Link to="/password/forgot">{t("password.reset.askAgain")}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("password.reset.lead")}</p>
          <ErrorSummary result={result} />
          <ActionForm id="reset" result={result} noValidate>
            <NewPasswordField label={t("password.reset.new")} />
            <TextField
              name="passwordConfirm"
              type="password"
              label={t("password.reset.again")}
              autoComplete="new-password"
              required
            />
            <button type="submit" className="button">
              {t("password.reset.submit")}
            </button>
          </ActionForm>
        </>
      )}
    </div>
  );
}
