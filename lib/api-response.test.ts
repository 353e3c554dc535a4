import { describe, expect, it } from "vitest";
import { companySlugParam } from "./api-response";

const errorOf = async (slug: string) => {
  const result = await companySlugParam({ params: Promise.resolve({ slug }) });
  if (result.ok) throw new Error(`${slug} was accepted`);
  expect(result.response.status).toBe(400);
  return ((await result.response.json()) as { error: string }).error;
};

describe("companySlugParam", () => {
  it("accepts a lowercase slug", async () => {
    expect(await companySlugParam({ params: Promise.resolve({ slug: "spotify" }) })).toEqual({
      ok: true,
      slug: "spotify",
    });
  });

  it("answers a slug typed with capitals with the slug to use", async () => {
    expect(await errorOf("Spotify")).toBe(
      'The company slug must be lowercase letters, digits and hyphens. Did you mean "spotify"?',
    );
  });

  it("suggests nothing when lowercasing would not make a slug", async () => {
    expect(await errorOf("NOPE x")).toBe(
      "The company slug must be lowercase letters, digits and hyphens.",
    );
  });
});
