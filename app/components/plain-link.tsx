/**
 * A link repeated many times on a page (a graduate's name on each roster row, a to-do item, a home
 * page's card), to an absolute path of plain characters (`/staff/graduates/<id>`). On the server it
 * is the anchor Remix's `<Link>` writes for such a path, without the router hooks each `<Link>` runs
 * to get there (the roster page's 79 links were about 7 % of its CPU, decision 035). In the browser it
 * is the `<Link>` itself, which hydrates onto the same anchor and navigates without a document load.
 * A module of its own, with nothing else in it, so that a page importing it loads no other chunk.
 * tests/unit/plain-links.test.tsx compares it with `<Link>`.
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export function PlainLink({ to, children }: { to: `/${string}`; children: ReactNode }) {
  if (typeof document === "undefined") {
    return (
      <a data-discover="true" href={to}>
        {children}
      </a>
    );
  }
  return <Link to={to}>{children}</Link>;
}
