import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { roleCan, type Permission } from "../../app/auth/permissions";

/**
 * Every route module of the site, read from app/routes itself: the path it answers, whether it
 * has a loader and an action, the permission its guard names and the form fields it renders.
 * Tests driven from this list cover a new route the day it is added.
 */
export interface RouteModule {
  file: string;
  /** A concrete path: `$id`-like params become an id no row has, `$token` an unknown token. */
  path: string;
  loader: boolean;
  action: boolean;
  /** From requirePermission / requireStaffScope / requireSchoolScope; null for requireUser. */
  permission: Permission | null;
  guard: "public" | "signed-in" | "permission" | "school-scope";
  fields: string[];
  intents: string[];
}

export const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";
const root = path.resolve(__dirname, "../../app/routes");

/**
 * Routes anyone may call, each with why. A route with no guard in its source and no line here
 * fails the route-list test: whoever adds it decides, in writing, that it is public.
 */
export const PUBLIC_ROUTES: Record<string, string> = {
  "_index.tsx": "home page",
  "activate.$token.tsx": "the mailed activation link is the credential",
  "api.v1.openapi[.]json.tsx": "API description",
  "api.v1.postings.$id.tsx": "published postings; writes check the API key inside",
  "api.v1.postings._index.tsx": "published postings; writes check the API key inside",
  "fairs._index.tsx": "public list of published fairs",
  "fairs.$id.tsx": "public fair page; registering (the action) needs a graduate account",
  "fairs.$id[.]ics.tsx": "public calendar of a published fair's live hours",
  "fairs.$id_.booths.$boothId.tsx":
    "public page of an approved booth of a published fair; a group-session place (the action) needs a graduate account",
  "fairs.$id.qr[.]png.tsx": "QR code of a public fair",
  "fairs.$id.qr[.]svg.tsx": "QR code of a public fair",
  "fairs.$id_.booths.$boothId.qr[.]png.tsx": "QR code of an approved booth of a public fair",
  "fairs.$id_.booths.$boothId.qr[.]svg.tsx": "QR code of an approved booth of a public fair",
  "programmes._index.tsx": "public list of published programmes",
  "programmes.$slug.tsx": 'public programme page; "I\'m interested" (the action) needs a graduate account',
  "programmes.$slug[.]ics.tsx": "public calendar of a programme's confirmed windows",
  "calendar.$token[.]ics.tsx":
    "a graduate's personal calendar feed: the secret token in the URL is the credential (stored hashed, revocable)",
  "robots[.]txt.tsx": "crawler rules",
  "sitemap[.]xml.tsx": "sitemap of public pages",
  "sitemaps.$file.tsx": "sitemap parts of public pages",
  "employer.join.$token.tsx": "the invitation page explains itself to anyone; accepting needs an employer account",
  "health.tsx": "health check for the proxy",
  "jobs.$id.qr[.]png.tsx": "QR code of a public posting",
  "jobs.$id.qr[.]svg.tsx": "QR code of a public posting",
  "jobs.$id.tsx": "public posting",
  "jobs_.$id.apply.tsx": "tells a visitor what applying needs; applying needs a graduate account",
  "jobs_.$id.report.tsx":
    "anyone may report a public posting (issue 12); limited per address and account in fileReport",
  "jobs._index.tsx": "public search",
  "jobs.feed[.]atom.tsx": "public feed",
  "jobs.feed[.]json.tsx": "public feed",
  "jobs.feed[.]rss.tsx": "public feed",
  "language.tsx": "language choice cookie",
  "login.tsx": "sign-in",
  "logout.tsx": "sign-out of whoever is signed in",
  "register.tsx": "self-registration",
  "password.forgot.tsx":
    "asking for a password-reset link; the same answer for every address, limited per address and IP",
  "password.reset.$token.tsx": "the mailed password-reset link is the credential",
  "register_.confirm.$token.tsx": "the mailed registration link is the credential",
  "talks._index.tsx": "approved campus talks are public",
  "talks.feed[.]atom.tsx": "public feed of the coming approved talks",
  "talks.$id.tsx": "an approved talk is public; signing up needs a graduate account (action guarded)",
  "talks.$id[.]ics.tsx": "public calendar of an approved talk",
  "talks.$id.qr[.]png.tsx": "QR code of an approved talk",
  "talks.$id.qr[.]svg.tsx": "QR code of an approved talk",
  "unsubscribe.$token.tsx": "the mailed unsubscribe link is the credential",
  "unsubscribe.$token_.outreach.tsx": "the mailed unsubscribe link is the credential (outreach category)",
  "m.o.$token.tsx": "campaign open pixel: an opaque token, same image for every token",
  "m.c.$token.tsx": "campaign mail button: an opaque token, redirects to a public programme page",
};

function pathOf(file: string): string {
  const name = file.replace(/\.tsx?$/, "");
  const segments = name
    .split(/\.(?![^[]*\])/)
    .map((segment) => segment.replace(/\[\.\]/g, ".").replace(/_$/, ""))
    .filter((segment) => segment !== "_index" && segment !== "");
  const concrete = segments.map((segment) =>
    segment.startsWith("$") ? (/token/i.test(segment) ? "no-such-token-0123456789abcdef" : NO_SUCH_ID) : segment,
  );
  return "/" + concrete.join("/");
}

export function routeModules(): RouteModule[] {
  return readdirSync(root)
    .filter((file) => /\.tsx?$/.test(file))
    .sort()
    .map((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      // The loader's own guard decides who may GET (a public page may have a guarded action).
      const loaderSource = source.match(/export (?:async )?function loader[\s\S]*?\n}\n/)?.[0];
      const guardPattern = /require(Permission|StaffScope|SchoolScope)\(request, "([\w:-]+)"\)/;
      // A loader that reads the visitor itself (getCurrentUser) serves everyone; one that calls a
      // helper (\`load(request)\`) is guarded by the guard in that helper, in the same file.
      const loaderReadsVisitor = loaderSource ? /getCurrentUser\(request\)/.test(loaderSource) : false;
      // The fallback looks outside the action only: a public page's guarded action (register for a
      // fair, "I'm interested") says nothing about who may read the page.
      const outsideAction = source.replace(/export (?:async )?function action[\s\S]*?\n}\n/, "");
      const guardCall =
        loaderSource?.match(guardPattern) ?? (loaderReadsVisitor ? null : outsideAction.match(guardPattern));
      const guard: RouteModule["guard"] = guardCall
        ? guardCall[1] === "SchoolScope"
          ? "school-scope"
          : "permission"
        : /requireUser\(request\)/.test(loaderSource ?? source)
          ? "signed-in"
          : "public";
      return {
        file,
        path: pathOf(file),
        loader: /export (async )?function loader|export const loader/.test(source),
        action: /export (async )?function action|export const action/.test(source),
        permission: guardCall ? (guardCall[2] as Permission) : null,
        guard,
        fields: [...new Set([...source.matchAll(/name="([\w.[\]-]+)"/g)].map((m) => m[1]!))].filter(
          (name) => name !== "intent" && name !== "_formId",
        ),
        intents: [
          ...new Set([...source.matchAll(/intent="([\w-]+)"|z\.literal\("([\w-]+)"\)/g)].map((m) => (m[1] ?? m[2])!)),
        ],
      };
    })
    .filter((route) => route.loader || route.action);
}

export type SiteActor = "anonymous" | "graduate" | "employer" | "collegeStaff" | "schoolStaff" | "admin";
export const SITE_ACTORS: SiteActor[] = ["anonymous", "graduate", "employer", "collegeStaff", "schoolStaff", "admin"];
const ROLE_OF = {
  graduate: "graduate",
  employer: "employer",
  collegeStaff: "staff",
  schoolStaff: "staff",
  admin: "admin",
} as const;

/** Whether the route's own guard lets this actor past (what the rest of the route does is its own affair). */
export function guardAdmits(route: RouteModule, actor: SiteActor): boolean {
  if (route.guard === "public") return true;
  if (actor === "anonymous") return false;
  if (route.guard === "signed-in") return true;
  if (route.guard === "school-scope" && actor === "collegeStaff") return false;
  return roleCan(ROLE_OF[actor], route.permission!);
}
