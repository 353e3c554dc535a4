/** The part of a JSON Schema (as the OpenAPI document writes it) the API reference describes. */
export type ApiSchema = {
  type?: string | string[];
  $ref?: string;
  items?: ApiSchema;
  anyOf?: ApiSchema[];
  enum?: string[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, ApiSchema>;
  required?: string[];
  description?: string;
};

const LINK = "text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";
const SAFE = Number.MAX_SAFE_INTEGER;

/** The patterns of lib/api/response-schemas.ts a reader knows by a name. */
const PATTERN_NAMES = new Map([
  ["^\\d{4}-(?:0[1-9]|1[0-2])$", "YYYY-MM"],
  ["^[a-z0-9]+(?:-[a-z0-9]+)*$", "slug"],
]);

/**
 * The alternatives of a schema, nested `anyOf`s flattened (a date that may be a month, which may
 * be null, is three alternatives), and whether null is one of them: said once, at the end.
 */
function alternativesOf(schema: ApiSchema): { shown: ApiSchema[]; nullable: boolean } {
  const flat = (s: ApiSchema): ApiSchema[] => (s.anyOf ? s.anyOf.flatMap(flat) : [s]);
  const all = flat(schema);
  const shown = all.filter((s) => s.type !== "null");
  return { shown, nullable: shown.length < all.length };
}

/**
 * The object of a schema that is an object or null (RegionalSource), so its properties can be
 * listed as an object's are; undefined for any other schema.
 */
export function nullableObject(schema: ApiSchema): ApiSchema | undefined {
  if (!schema.anyOf) return undefined;
  const { shown, nullable } = alternativesOf(schema);
  return nullable && shown.length === 1 && shown[0]!.properties ? shown[0] : undefined;
}

/** A schema in a few words: "integer, 1 to 200", "array of Practice", "string (date) or null". */
export function ApiSchemaType({ schema }: { schema: ApiSchema }) {
  if (schema.$ref) {
    const name = schema.$ref.split("/").at(-1)!;
    return (
      <a href={`#schema-${name}`} className={LINK}>
        {name}
      </a>
    );
  }
  // Slug lists: `a,b` or the parameter repeated.
  if (schema.anyOf?.length === 2 && schema.anyOf[1]?.type === "array")
    return <>list: comma-separated or repeated</>;
  if (schema.anyOf) {
    const { shown, nullable } = alternativesOf(schema);
    return (
      <>
        {shown.map((s, i) => (
          <span key={i}>
            {i > 0 && " or "}
            <ApiSchemaType schema={s} />
          </span>
        ))}
        {nullable && " or null"}
      </>
    );
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "any"];
  const main = types.filter((t) => t !== "null");
  const nullable = types.includes("null") ? " or null" : "";
  if (schema.enum)
    return (
      <>
        one of {schema.enum.map((v) => `"${v}"`).join(", ")}
        {nullable}
      </>
    );
  if (main[0] === "array" && schema.items)
    return (
      <>
        array of <ApiSchemaType schema={schema.items} />
        {nullable}
      </>
    );
  const range =
    schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < SAFE
      ? `, ${schema.minimum} to ${schema.maximum}`
      : "";
  const named = schema.format ?? (schema.pattern && PATTERN_NAMES.get(schema.pattern));
  return (
    <>
      {main.join(" or ")}
      {named ? ` (${named})` : ""}
      {range}
      {nullable}
    </>
  );
}
