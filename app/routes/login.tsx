import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { signIn } from "../auth/accounts.server";
import { enforceAuthRateLimit } from "../auth/guard-rate.server";
import { LoginSchema, safeRedirect } from "../auth/schema";
import { getCurrentUser } from "../auth/session.server";
import { ErrorSummary, TextField } from "../components/form";
import { getDb } from "../db.server";
import { formFailure, parseForm } from "../http.server";
import { useT } from "../i18n/use-t";
import { homeFor } from "../navigation";

export const meta: MetaFunction = () => [{ title: "登录 · 就业" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo"), homeFor(user.role)));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await enforceAuthRateLimit(context, "sign-in");
  const form = await request.formData();
  const parsed = parseForm(LoginSchema, form);
  if (!parsed.ok) return formFailure(parsed.errors, parsed.values);
  const session = await signIn(await getDb(), parsed.data, request.headers.get("User-Agent"));
  if (!session) return formFailure({ _form: ["auth.login.failed"] }, { email: parsed.data.email }, 401);
  return redirect(safeRedirect(parsed.data.redirectTo, homeFor(session.role)), {
    headers: { "Set-Cookie": session.setCookie },
  });
}

export default function Login() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{t("auth.login.title")}</h1>
      <ErrorSummary result={result} />
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="email" required result={result} />
        <TextField
          name="password"
          type="password"
          label={t("auth.password")}
          autoComplete="current-password"
          required
          result={result}
        />
        <button type="submit" className="button">
          {t("auth.login.submit")}
        </button>
      </Form>
      <p>
        {t("auth.login.noAccount")} <Link to="/register">{t("nav.register")}</Link>
      </p>
    </div>
  );
}
