import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { PASSWORD_RESET_MINUTES, requestPasswordReset } from "../auth/password-reset.server";
import { PasswordResetRequestSchema } from "../auth/schema";
import { ActionForm, ErrorSummary, TextField } from "../components/form";
import { getDb } from "../db.server";
import { formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";

export const meta = pageTitle("password.forgot.title");

export async function loader({ request }: LoaderFunctionArgs) {
  return { sent: new URL(request.url).searchParams.has("sent"), minutes: PASSWORD_RESET_MINUTES };
}

/**
 * Limited per network address here (before the body is read) and per e-mail address in the domain.
 * Every well-formed address gets the same answer, whether or not an account uses it.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "password-reset");
  return formAction(request, PasswordResetRequestSchema, async ({ email }) => {
    await requestPasswordReset(await getDb(), { email });
    return redirect("/password/forgot?sent=1");
  });
}

export default function ForgotPassword() {
  const { sent, minutes } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  if (sent && !result)
    return (
      <div className="page page--narrow">
        <h1>{t("password.forgot.sentTitle")}</h1>
        <p role="status">{t("password.forgot.sent", { minutes })}</p>
        <p>
          <Link to="/login">{t("password.forgot.back")}</Link>
        </p>
      </div>
    );
  return (
    <div className="page page--narrow">
      <h1>{t("password.forgot.title")}</h1>
      <p>{t("password.forgot.lead")}</p>
      <ErrorSummary result={result} />
      <ActionForm id="forgot" result={result} noValidate>
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="email" required />
        <button type="submit" className="button">
          {t("password.forgot.submit")}
        </button>
      </ActionForm>
      <p>
        <Link to="/login">{t("password.forgot.back")}</Link>
      </p>
    </div>
  );
}
