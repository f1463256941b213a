import { agreementActorLabel, agreementEventLabel, type AgreementActor } from "../agreements/states";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime } from "../time";

export type TimelineItem = { event: string; at: string; reason: string | null; actor: AgreementActor };

/** Who did what to an agreement and when, oldest first, folded away until asked for. */
export function AgreementTimeline({ entries }: { entries: TimelineItem[] | undefined }) {
  const t = useT();
  const locale = useLocale();
  if (!entries || entries.length === 0) return null;
  return (
    <details className="timeline">
      <summary>
        {t("agreement.timeline")} ({entries.length})
      </summary>
      <ol>
        {entries.map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <time dateTime={entry.at}>{formatSchoolDateTime(entry.at, locale)}</time>{" "}
            {t(agreementEventLabel(entry.event))} · {t(agreementActorLabel(entry.actor))}
            {entry.reason ? <div className="muted">{entry.reason}</div> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
