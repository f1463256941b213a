import { Link } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import { CONFIRMED_FIELD, confirmationOf, type Confirmation } from "../forms/confirm";
import type { AnyResult } from "../forms/result";
import { useT } from "../i18n/use-t";
import { ActionForm } from "./form";

/**
 * The second step of an act with weight: the summary and the form that confirms it (see
 * app/forms/confirm.ts). A plain form, so it works without JavaScript; cancelling is a link back
 * to the page, which changes nothing. `children` adds fields the act needs (a release letter).
 */
export function ConfirmStep({
  confirmation,
  result,
  cancelTo,
  action,
  encType,
  children,
}: {
  confirmation: Confirmation;
  result: AnyResult;
  cancelTo: string;
  /** Where the confirming form posts (a page that can show this step again); the page itself by default. */
  action?: string;
  encType?: "multipart/form-data";
  children?: ReactNode;
}) {
  const t = useT();
  const formId = `confirm-${confirmation.intent}`;
  return (
    <section className="card confirm" aria-labelledby={`${formId}-title`} data-testid="confirm-step">
      <p className="confirm__kicker">{t("confirm.title")}</p>
      <h2 id={`${formId}-title`}>{t(confirmation.title)}</h2>
      {confirmation.facts.length ? (
        <dl className="facts">
          {confirmation.facts.map((fact) => (
            <Fragment key={fact.label.key}>
              <dt>{t(fact.label)}</dt>
              <dd>{fact.value}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      <h3>{t("confirm.next")}</h3>
      {confirmation.next.map((message) => (
        <p key={message.key}>{t(message)}</p>
      ))}
      {confirmation.final ? (
        <p>
          <strong>{t("confirm.final")}</strong>
        </p>
      ) : null}
      <ActionForm id={formId} intent={confirmation.intent} result={result} action={action} encType={encType} noValidate>
        {Object.entries(confirmation.fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={CONFIRMED_FIELD} value="yes" />
        {children}
        <div className="actions">
          <button type="submit" className="button">
            {t(confirmation.submit)}
          </button>
          <Link to={cancelTo} className="button button--quiet">
            {t("confirm.cancel")}
          </Link>
        </div>
      </ActionForm>
    </section>
  );
}

/**
 * The whole page while an act waits for confirmation (the answer asked for it): the page's heading and
 * the confirm step alone. Null when the answer asks for none, and the route draws its page:
 * `const confirmStep = confirmStepPage(result, { title, cancelTo }); if (confirmStep) return confirmStep;`
 */
export function confirmStepPage(result: AnyResult, { title, cancelTo }: { title: string; cancelTo: string }) {
  const confirmation = confirmationOf(result);
  if (!confirmation) return null;
  return (
    <div className="page">
      <h1>{title}</h1>
      <ConfirmStep confirmation={confirmation} result={result} cancelTo={cancelTo} />
    </div>
  );
}
