import { PlainLink } from "./plain-link";
import type { TodoSection } from "../home/todo";
import { useLocale, useT } from "../i18n/use-t";
import { formatSchoolDateTime } from "../time";

/** A role's open tasks, one titled list per kind, each item a link to where it is done. */
export function TodoList({ sections, testId = "todo" }: { sections: TodoSection[]; testId?: string }) {
  const t = useT();
  const locale = useLocale();
  if (sections.length === 0) return <p className="empty">{t("todo.none")}</p>;
  return (
    <div className="stack" data-testid={testId}>
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`todo-${section.key}`}>
          <h2 id={`todo-${section.key}`}>{t(section.key)}</h2>
          <ul className="todo">
            {section.items.map((item, i) => (
              <li key={`${item.link}-${i}`} className="todo__item">
                <PlainLink to={item.link}>{t(item.key, item.params)}</PlainLink>
                {item.days !== undefined ? (
                  <span className="todo__when">{t("todo.daysWaiting", { days: item.days })}</span>
                ) : item.at ? (
                  <time className="todo__when" dateTime={item.at}>
                    {formatSchoolDateTime(item.at, locale)}
                  </time>
                ) : null}
              </li>
            ))}
          </ul>
          {section.more > 0 ? <p className="muted">{t("todo.more", { count: section.more })}</p> : null}
        </section>
      ))}
    </div>
  );
}
