import { Form, Link, useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../i18n/use-t";
import { JobSearchBox } from "./job-search-box";

/** What the front door reads of the public API's answer (app/routes/api.v1.postings._index.tsx). */
interface SuggestAnswer {
  hits?: { id: string; title: string; employer: { name: string } }[];
  total?: number;
  correction?: { from: string; to: string } | null;
}

const DEBOUNCE_MS = 250;
const SUGGESTIONS = 5;

/**
 * The front door's search box. Without JavaScript it is a plain GET form to /jobs. With it, a short
 * pause in typing asks the public postings API (typo-forgiving, no facet counts, so no SQL on `/`)
 * for five postings, shown as a labelled list of links under the box: reachable with Tab (or ↓ from
 * the box), and a polite live status says how many there are. A list of links rather than an ARIA
 * combobox: each suggestion is a page to open, not a value to put in the box, and links need no
 * focus management to be right for a screen reader.
 */
export function FrontSearch() {
  const t = useT();
  const suggest = useFetcher<SuggestAnswer>();
  const [typed, setTyped] = useState("");
  // The words the shown answer belongs to; an answer to older words is not shown as if it were new.
  const [asked, setAsked] = useState("");
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const q = typed.trim();
    // One letter suggests too much to be useful; `ready` below then hides the older answer.
    if (q.length < 2) return;
    const timer = setTimeout(() => {
      setAsked(q);
      suggest.load(`/api/v1/postings?${new URLSearchParams({ q, pageSize: String(SUGGESTIONS), facets: "none" })}`);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `suggest.load` is stable in use; listing the fetcher would restart the pause on every state change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);

  const ready = asked !== "" && asked === typed.trim() && suggest.state === "idle" && suggest.data?.hits;
  const hits = ready ? (suggest.data?.hits ?? []) : [];
  const correction = ready ? suggest.data?.correction : null;

  function toList(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && hits.length > 0) {
      event.preventDefault();
      listRef.current?.querySelector("a")?.focus();
    }
  }

  function withinList(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = Array.from(listRef.current?.querySelectorAll("a") ?? []);
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    if (event.key === "ArrowUp" && at === 0) document.getElementById("front-q")?.focus();
    else links[Math.min(links.length - 1, at + (event.key === "ArrowDown" ? 1 : -1))]?.focus();
  }

  return (
    <div className="front-search">
      <Form method="get" action="/jobs" role="search" aria-label={t("jobs.search")} className="hero__search">
        <JobSearchBox
          id="front-q"
          buttonClassName="button button--light"
          placeholder={t("front.searchPlaceholder")}
          aria-describedby="front-suggest-status"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={toList}
        />
      </Form>
      <p id="front-suggest-status" className="visually-hidden" role="status" data-testid="suggest-status">
        {ready
          ? hits.length === 0
            ? t("front.suggest.none")
            : correction
              ? t("front.suggest.corrected", { count: hits.length, to: correction.to })
              : t("front.suggest.count", { count: hits.length })
          : ""}
      </p>
      {hits.length > 0 ? (
        // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- arrow keys move between the links inside
        <ul
          ref={listRef}
          className="plain front-search__list"
          aria-label={t("front.suggest.label")}
          data-testid="suggestions"
          onKeyDown={withinList}
        >
          {hits.map((hit) => (
            <li key={hit.id}>
              <Link to={`/jobs/${hit.id}`}>
                <span className="front-search__title">{hit.title}</span>
                <span className="front-search__employer"> · {hit.employer.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
