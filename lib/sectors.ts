/**
 * The fixed list of sectors every company belongs to (seeds/sectors.json assigns them), in the
 * order filters and the companies page show them. Slugs are part of public URLs (`/?sector=…`).
 */
export const SECTORS = [
  { slug: "cloud-storage", name: "Cloud storage & backup" },
  { slug: "messaging", name: "Messaging" },
  { slug: "social", name: "Social" },
  { slug: "search-browsers", name: "Search & browsers" },
  { slug: "shopping-payments", name: "Shopping & payments" },
  { slug: "finance-crypto", name: "Finance & crypto" },
  { slug: "media-news", name: "Media & news" },
  { slug: "entertainment-games", name: "Entertainment & games" },
  { slug: "developer-cloud", name: "Developer & cloud platforms" },
  { slug: "travel-transport", name: "Travel & transport" },
  { slug: "health", name: "Health" },
  { slug: "dating", name: "Dating" },
  { slug: "adult", name: "Adult" },
  { slug: "public-education", name: "Public sector & education" },
  { slug: "other", name: "Other" },
] as const;

export type SectorSlug = (typeof SECTORS)[number]["slug"];

export const SECTOR_SLUGS = SECTORS.map((s) => s.slug) as [SectorSlug, ...SectorSlug[]];

const names = new Map<string, string>(SECTORS.map((s) => [s.slug, s.name]));

export const isSectorSlug = (value: string): value is SectorSlug => names.has(value);

/** The display name of a sector slug; the slug itself for a value the list does not know. */
export const sectorName = (slug: string): string => names.get(slug) ?? slug;
