import type { Metadata } from "next";
import Link from "@/components/app-link";
import { API_FEEDS } from "@/lib/api/feeds";
import { ApiSchemaType, nullableObject, type ApiSchema } from "@/components/api-schema-type";
import { API_OPERATIONS, buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "JSON API reference",
  description:
    "Every endpoint of the Policy Atlas JSON API: parameters, answers and errors, from the OpenAPI 3.1 document at /api/openapi.json.",
};

type Parameter = {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: ApiSchema;
  example?: string;
};
type Response = { description: string; content?: Record<string, { schema?: ApiSchema }> };
type Operation = {
  summary: string;
  description: string;
  parameters: Parameter[];
  requestBody?: { description: string; content: Record<string, unknown> };
  responses: Record<string, Response>;
};
type Doc = {
  info: { title: string; description: string };
  paths: Record<string, Partial<Record<"get" | "post", Operation>>>;
  components: { schemas: Record<string, ApiSchema & { description?: string }> };
};

const LINK = "text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

/** Text with `code` spans, as the descriptions in the document write them. */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split(/`([^`]+)`/).map((part, i) =>
        i % 2 ? (
          <code key={i} className="font-mono text-[0.95em]">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

const cell = "border-b border-slate-200 px-3 py-2 align-top dark:border-slate-800";
const head = `${cell} bg-slate-100 text-left font-semibold dark:bg-slate-900`;

/** /api: the JSON API reference, drawn from the same generated document /api/openapi.json serves. */
export default function ApiReferencePage() {
  const doc = buildOpenApiDocument() as Doc;
  const examples = new Map(API_OPERATIONS.map((o) => [o.path, o.example]));
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      path,
      method: method.toUpperCase(),
      op: op!,
      anchor: op!.summary.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    })),
  );
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">JSON API reference</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Everything on the site is available as JSON over plain <code>GET</code> requests (and any
          policy can be read by machine with <code>POST /api/analyze</code>): no key, no sign-up.
          Bad parameters get <code>400</code> with <code>{'{ "error": "…" }'}</code>, an unknown
          parameter too; unknown slugs <code>404</code>. Lists accept commas or repeated keys (
          <code>companies=mozy,ibackup</code> or <code>companies=mozy&amp;companies=ibackup</code>).
        </p>
        <p className="text-slate-700 dark:text-slate-300">
          Machine-readable:{" "}
          <a href="/api/openapi.json" className={LINK}>
            the OpenAPI 3.1 document
          </a>{" "}
          (generated from the schemas the routes validate with, so it cannot drift from them).
        </p>
        <nav aria-label="Endpoints">
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {operations.map(({ path, method, op, anchor }) => (
              <li key={`${method} ${path}`}>
                <a href={`#${anchor}`} className={LINK}>
                  {op.summary}
                </a>{" "}
                <code className="text-slate-600 dark:text-slate-400">
                  {method === "GET" ? "" : `${method} `}
                  {path}
                </code>
              </li>
            ))}
            <li>
              <a href="#feeds" className={LINK}>
                Atom feeds of policy changes
              </a>{" "}
              <code className="text-slate-600 dark:text-slate-400">/feeds/…</code>
            </li>
          </ul>
        </nav>
      </div>

      {operations.map(({ path, method, op, anchor }) => {
        const example = examples.get(path);
        return (
          <section
            key={`${method} ${path}`}
            aria-labelledby={anchor}
            className="scroll-mt-24 space-y-3"
          >
            <h2 id={anchor} className="text-xl font-semibold">
              {op.summary}
            </h2>
            <p className="font-mono text-sm break-all">
              <span className="mr-2 rounded bg-sky-100 px-1.5 py-0.5 font-semibold text-sky-900 dark:bg-sky-950 dark:text-sky-200">
                {method}
              </span>
              {path}
            </p>
            <p className="text-slate-700 dark:text-slate-300">
              <Prose text={op.description} />
            </p>
            {op.requestBody && (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                Body: {op.requestBody.description} Sent as{" "}
                {Object.keys(op.requestBody.content).map((type, i, all) => (
                  <span key={type}>
                    {i > 0 && (i === all.length - 1 ? " or " : ", ")}
                    <code>{type}</code>
                  </span>
                ))}
                .
              </p>
            )}
            {op.parameters.length > 0 && (
              // A table where there is room; on a phone, one block per parameter.
              <ul className="space-y-3 text-sm sm:hidden" aria-label={`Parameters of ${path}`}>
                {op.parameters.map((p) => (
                  <li
                    key={p.name}
                    className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
                  >
                    <p>
                      <code className="font-semibold">{p.name}</code>{" "}
                      <span className="text-xs text-slate-600 dark:text-slate-400">
                        {p.in === "path" ? "in the path" : p.required ? "required" : "optional"} ·{" "}
                        <ApiSchemaType schema={p.schema} />
                      </span>
                    </p>
                    <p className="mt-1">
                      <Prose text={p.description ?? ""} />
                    </p>
                    {p.example && (
                      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                        e.g. <code className="break-all">{p.example}</code>
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {op.parameters.length > 0 && (
              <div className="hidden sm:block">
                <table className="w-full border-separate border-spacing-0 text-sm">
                  <caption className="sr-only">Parameters of {path}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className={head}>
                        Parameter
                      </th>
                      <th scope="col" className={head}>
                        Type
                      </th>
                      <th scope="col" className={head}>
                        Meaning
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {op.parameters.map((p) => (
                      <tr key={p.name}>
                        <th scope="row" className={`${cell} text-left font-normal`}>
                          <code className="font-semibold">{p.name}</code>
                          <span className="block text-xs text-slate-600 dark:text-slate-400">
                            {p.in === "path" ? "in the path" : p.required ? "required" : "optional"}
                          </span>
                        </th>
                        <td className={cell}>
                          <ApiSchemaType schema={p.schema} />
                        </td>
                        <td className={cell}>
                          <Prose text={p.description ?? ""} />
                          {p.example && (
                            <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
                              e.g. <code>{p.example}</code>
                            </span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <dl className="space-y-1 text-sm">
              {Object.entries(op.responses).map(([status, r]) => {
                const schema = r.content?.["application/json"]?.schema;
                return (
                  // The code keeps its line and the words wrap beside it, however long they are.
                  <div key={status} className="flex gap-x-2">
                    <dt className="shrink-0 font-mono font-semibold">{status}</dt>
                    <dd className="min-w-0">
                      <Prose text={r.description} />
                      {schema && (
                        <>
                          {" "}
                          <span className="text-slate-600 dark:text-slate-400">
                            (<ApiSchemaType schema={schema} />)
                          </span>
                        </>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
            {example && (
              <p className="text-sm">
                Try it:{" "}
                <a href={example} className={`${LINK} font-mono break-all`}>
                  {example}
                </a>
              </p>
            )}
          </section>
        );
      })}

      <section aria-labelledby="feeds" className="scroll-mt-24 space-y-3">
        <h2 id="feeds" className="text-xl font-semibold">
          Atom feeds of policy changes
        </h2>
        <p className="text-slate-700 dark:text-slate-300">
          Not JSON: Atom 1.0 feeds for a feed reader, each entry a change to a policy linking to its
          comparison (the same changes as{" "}
          <a href="/changes" className={LINK}>
            /changes
          </a>
          ).
        </p>
        <ul className="space-y-2 text-sm">
          {API_FEEDS.map((f) => (
            <li key={f.path}>
              <code className="font-semibold break-all">{f.path}</code>:{" "}
              <Prose text={f.description} /> e.g.{" "}
              <a href={f.example} className={`${LINK} font-mono break-all`}>
                {f.example}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="schemas" className="space-y-4">
        <h2 id="schemas" className="text-xl font-semibold">
          Answers
        </h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => {
          // An object that may be null (RegionalSource) lists its properties as any object does.
          const orNull = nullableObject(schema);
          const object = orNull ?? schema;
          return (
            <div key={name} id={`schema-${name}`} className="scroll-mt-24 space-y-2">
              <h3 className="font-mono font-semibold">{name}</h3>
              {schema.description && (
                <p className="text-sm text-slate-700 dark:text-slate-300">{schema.description}</p>
              )}
              {orNull && <p className="text-sm">An object, or null:</p>}
              {object.properties ? (
                <ul className="space-y-1 text-sm">
                  {Object.entries(object.properties).map(([prop, s]) => (
                    <li key={prop}>
                      <code className="font-semibold">{prop}</code>
                      {object.required?.includes(prop) ? "" : " (optional)"}:{" "}
                      <ApiSchemaType schema={s} />
                      {s.description && (
                        <span className="text-slate-600 dark:text-slate-400">
                          {" "}
                          — <Prose text={s.description} />
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm">
                  <ApiSchemaType schema={schema} />
                </p>
              )}
            </div>
          );
        })}
      </section>

      <p className="text-sm">
        <Link href="/" className={LINK}>
          Back to the comparison
        </Link>
      </p>
    </div>
  );
}
