import Module from "node:module";

/*
 * The project compiles with TypeScript 7, whose package has no JavaScript API; typescript-eslint
 * parses with the API of TypeScript 6, installed as the alias "typescript-api". Its
 * `require("typescript")` calls are sent there (docs/decisions/0005-eslint.md).
 */
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === "typescript" ? "typescript-api" : request, ...rest);
};

const { default: nextVitals } = await import("eslint-config-next/core-web-vitals");
const { default: nextTypescript } = await import("eslint-config-next/typescript");
const { default: reactHooks } = await import("eslint-plugin-react-hooks");
const { default: tseslint } = await import("typescript-eslint");

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "e2e/artifacts/**",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  reactHooks.configs.flat["recommended-latest"],
  {
    rules: {
      // Warnings fail `npm run lint` (--max-warnings 0); these are errors in all but name.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
);
