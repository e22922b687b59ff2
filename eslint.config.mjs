// ESLint flat config, as the `yo office` template has it (plugin:office-addins/react), plus the project's rules:
// typescript-eslint, react-hooks, the layer zones of STYLE.md and declared dependencies only.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import importPlugin from "eslint-plugin-import";
import globals from "globals";

/** The template's config, less its own copy of the typescript-eslint plugin (ours below is newer; ESLint refuses two). */
const officeReact = officeAddins.configs.react.map((config) => {
  if (!config.plugins?.["@typescript-eslint"]) return config;
  const { "@typescript-eslint": _own, ...plugins } = config.plugins;
  const { parser: _parser, ...languageOptions } = config.languageOptions ?? {};
  return { ...config, plugins, languageOptions };
});

/** STYLE.md "Which folder may import which": dependencies point down only. */
const layerZones = [
  {
    target: "./src/core",
    from: ["./src/excel", "./src/xlsx", "./src/taskpane", "./src/cli", "./tests", "./bench"],
    message: "core is pure: it imports only core.",
  },
  {
    target: "./src/excel",
    from: ["./src/taskpane", "./src/cli", "./src/xlsx", "./tests"],
    message: "excel never imports the pane, the CLI or the file host.",
  },
  {
    target: "./src/xlsx",
    from: ["./src/taskpane", "./src/cli", "./src/excel", "./tests"],
    message: "xlsx never imports the pane, the CLI or the Office host.",
  },
  {
    target: "./src/cli",
    from: ["./src/taskpane", "./src/excel", "./tests"],
    message: "the CLI runs on the file host only.",
  },
  {
    target: "./src/taskpane/components",
    from: ["./src/excel", "./src/xlsx"],
    message: "components get actions as props; only hooks call hosts.",
  },
  {
    target: "./src",
    from: ["./tests", "./bench"],
    except: [],
    message: "src holds only what ships.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "coverage/",
      "test-artifacts/",
      "bench/results.json",
      "**/*.d.ts",
    ],
  },
  ...officeReact,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { import: importPlugin, "react-hooks": reactHooks },
    settings: {
      react: { version: "19" },
      "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-template-curly-in-string": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/naming-convention": [
        "error",
        {
          selector: "typeLike",
          format: ["PascalCase"],
          custom: { regex: "^I[A-Z]", match: false },
        },
      ],
      "import/no-extraneous-dependencies": [
        "error",
        {
          devDependencies: [
            "tests/**",
            "bench/**",
            "scripts/**",
            "**/*.test.ts",
            "**/*.test.tsx",
            "*.config.{js,mjs}",
            "webpack.config.js",
          ],
        },
      ],
    },
  },
  {
    // What ships: the layer zones and no console. Tests beside the code may use the test support in tests/.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    rules: {
      "no-console": "error",
      "import/no-restricted-paths": ["error", { zones: layerZones }],
    },
  },
  {
    // Core has one narrow way in: its index (STYLE.md "One narrow way into core").
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "^(\\.\\./)+core/.", message: "Import core from its index." }] },
      ],
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: "src/core/(?!index$).", message: "Import core from its index." }] },
      ],
    },
  },
  {
    // Core is pure: no host, DOM, UI or node packages (its own tsconfig also has no DOM and no node types).
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(node:|fs$|path$|os$|child_process$|crypto$)",
              message: "core does no I/O.",
            },
            {
              regex: "^(react|react-dom|@fluentui/|exceljs|jszip|@microsoft/)",
              message: "core names no host or UI.",
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/excel (and the pane's entry, which waits for Office.onReady) names the Office.js globals.
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      "src/excel/**",
      "src/taskpane/index.tsx",
      "src/taskpane/officeEntry.tsx",
      "src/**/*.test.ts",
      "src/**/*.test.tsx",
    ],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Only src/excel talks to Excel." },
        { name: "Office", message: "Only src/excel talks to Office." },
      ],
    },
  },
  {
    // The Office.js rules read any `.load(`/`.value` as Excel's proxy objects: only src/excel holds those.
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    ignores: ["src/excel/**"],
    rules: Object.fromEntries(
      Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "off"])
    ),
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // dist/legacy.js runs first in every task pane, Internet Explorer 11's included: ES5 only, a plain script.
    // So do what the build puts beside it (legacy-page.js, lien-he.js) and tao-manifest.html's script (src/release).
    files: [
      "src/legacy/legacy.js",
      "src/legacy/legacyPage.js",
      "src/legacy/contactView.js",
      "src/release/*.js",
    ],
    languageOptions: { ecmaVersion: 5, sourceType: "script" },
    // ES5 has no `catch {}` without a binding.
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    // The syntax probe: a plain script in the newest syntax the bundle uses (see the file).
    files: ["src/legacy/probe.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "script" },
    rules: { "@typescript-eslint/no-unused-vars": "off", "no-unused-vars": "off" },
  }
);
