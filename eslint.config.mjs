import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      "out/",
      ".generated/",
      "next-env.d.ts",
      "test-results/",
      "playwright-report/",
      ".bench/",
      "public/islands/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Types come from schemas and guards, never from a cast.
      "@typescript-eslint/consistent-type-assertions": ["error", { assertionStyle: "never" }],
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.mjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        fetch: "readonly",
        setTimeout: "readonly",
      },
    },
  },
  {
    // Dependencies run one way: tests may import scripts and lib, scripts may import lib, and
    // lib imports neither.
    files: ["lib/**"],
    ignores: ["lib/lookup/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["@/scripts/*", "@/tests/*", "**/scripts/*", "**/tests/*"] },
      ],
    },
  },
  {
    files: ["scripts/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/tests/*", "**/tests/*"] }],
    },
  },
  {
    // The matcher is shared by the page, the CLI and the tests: no React, no Node.
    files: ["lib/lookup/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-dom",
            "next",
            "next/*",
            "node:*",
            "fs",
            "path",
            "@/lib/content/*",
            "@/scripts/*",
            "@/tests/*",
            "**/scripts/*",
            "**/tests/*",
          ],
        },
      ],
    },
  },
  {
    // Browser islands: plain DOM, no framework, no Node, and the matcher only through its index.
    files: ["islands/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-dom",
            "next",
            "next/*",
            "node:*",
            "@/lib/content/*",
            "@/lib/lookup/*",
            "@/lib/site/islands",
          ],
        },
      ],
    },
  },
  {
    // Client code must not pull in the build-time pipeline.
    files: ["components/**", "app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/content/load", "@/lib/content/compile", "@/lib/content/parse"],
              message: "build-time only",
            },
          ],
        },
      ],
    },
  },
);
