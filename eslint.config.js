// ESLint 9 flat config (decision 009). Formatting is Prettier's job; these rules catch mistakes and
// guard the boundaries the classic Remix compiler does not: only `app/**/*.server.ts` is kept out of
// the browser bundle, and a wrong import fails silently.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Server-side code outside app/: never bundled for the browser, so only `*.server` modules may import it. */
const SERVER_FOLDERS = [
  { group: ["**/db", "**/db/**"], message: "db/ is server code: import it from an app/**/*.server.ts module." },
  { group: ["**/search/**"], message: "search/ is server code: import it from an app/**/*.server.ts module." },
  { group: ["**/emails/**"], message: "emails/ is server code: import it from an app/**/*.server.ts module." },
];
const SERVER_MODULES = {
  group: ["**/*.server", "**/*.server.ts", "**/*.server.tsx"],
  message:
    "A *.server module in a module the browser may load: move the call into a loader, action or *.server module.",
};

export default tseslint.config(
  {
    ignores: ["build/", "public/build/", ".data/", "node_modules/", "tests/.artifacts/", "bench/.data/"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Input is cleaned of control characters on purpose (hostile input never gives a 500), and the
      // search highlighter marks hits with \u0001/\u0002: those regular expressions match them deliberately.
      "no-control-regex": "off",
    },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  // db/ is the bottom layer: schema, migrations, the client. It imports nothing from app/.
  {
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/app/**"], message: "db/ imports nothing from app/ (decision 009)." }] },
      ],
    },
  },
  // vocabulary/ is shared by schema, domain and pages: it imports nothing.
  {
    files: ["vocabulary/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(?!\\./[\\w-]+$)", message: "vocabulary/ imports nothing outside itself." }] },
      ],
    },
  },
  // Components are drawn in the browser: no server code at all, not even its types.
  {
    files: ["app/components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...SERVER_FOLDERS, SERVER_MODULES] }],
    },
  },
  // Route modules: Remix removes loaders, actions and the *.server modules they use from the browser
  // bundle, but not db/, search/ or emails/. Types are erased, so they may be imported.
  {
    files: ["app/routes/**/*.{ts,tsx}", "app/root.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: SERVER_FOLDERS.map((pattern) => ({ ...pattern, allowTypeImports: true })) },
      ],
    },
  },
  // Every other module of app/ that is not *.server may be loaded by a page.
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.{ts,tsx}", "app/routes/**", "app/components/**", "app/root.tsx", "app/entry.server.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [...SERVER_FOLDERS, SERVER_MODULES].map((pattern) => ({ ...pattern, allowTypeImports: true })) },
      ],
    },
  },
);
