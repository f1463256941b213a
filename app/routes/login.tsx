import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { signIn } from "../auth/accounts.server";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { LoginSchema, safeRedirect } from "../auth/schema";
import { getCurrentUser } from "../auth/session.server";
import { ActionForm, ErrorSummary, TextField } from "../components/form";
import { getDb } from "../db.server";
import { refuse } from "../errors";
import { formAction } from "../forms/action.server";
import { pageTitle } from "../i18n/title";
import { useT } from "../i18n/use-t";
import { homeFor } from "../navigation";

export const meta = pageTitle("auth.login.title");

/** A signed-in reader is sent on to where they were going, or to their home. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  const url = new URL(request.url);
  if (user) throw redirect(safeRedirect(url.searchParams.get("redirectTo"), homeFor(user.role)));
  return { passwordReset: url.searchParams.get("done") === "password-reset" };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "sign-in");
  return formAction(request, LoginSchema, async (input) => {
    const session = await signIn(await getDb(), input, request.headers.get("User-Agent"));
    if (!session) refuse("auth.login.failed", { status: 401 });
    return redirect(safeRedirect(input.redirectTo, homeFor(session.role)), {
      headers: { "Set-Cookie": session.setCookie },
    });
  });
}

export default function Login() {
  const { passwordReset } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("auth.login.title")}</h1>
      {passwordReset && !result ? (
        <p className="notice" role="status">
          {t("password.reset.done")}
        </p>
      ) : null}
      <ErrorSummary result={result} />
      <ActionForm id="login" result={result} noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="email" required />
        <TextField
          name="password"
          type="password"
          label={t("auth.password")}
          autoComplete="current-password"
          required
        />
        <button type="submit" className="button">
          {t("auth.login.submit")}
        </button>
      </ActionForm>
      <p>
        <Link to="/password/forgot">{t("password.forgot.link")}</Link>
      </p>
      <p>
        {t("auth.login.noAccount")} <Link to="/register">{t("nav.register")}</Link>
      </p>
    </div>
  );
}
