import type { Random } from "./random";

const FIRST = [
  "Northwind",
  "Bluefin",
  "Cedar",
  "Harbor",
  "Granite",
  "Silverline",
  "Lakeside",
  "Redwood",
  "Summit",
  "Evergreen",
  "Ironbridge",
  "Meadow",
  "Copperleaf",
  "Brightwater",
  "Foxglove",
  "Highland",
  "Kestrel",
  "Lantern",
  "Maple",
  "Oakridge",
  "Pinecrest",
  "Quarry",
  "Riverstone",
  "Saltmarsh",
  "Tidewater",
  "Upland",
  "Westgate",
  "Yarrow",
  "Alder",
  "Beacon",
] as const;

const SECOND = [
  "Backup",
  "Cloud",
  "Vault",
  "Sync",
  "Storage",
  "Drive",
  "Archive",
  "Data",
  "Files",
  "Safe",
  "Box",
  "Stack",
] as const;

const FORMS = [
  "Inc.",
  "LLC",
  "Ltd.",
  "Corporation",
  "Software, Inc.",
  "Technologies, Inc.",
] as const;

/** `brand` is the name without its number and spaces, for product names ("NorthwindBackupPro"). */
export type SyntheticIdentity = {
  slug: string;
  name: string;
  brand: string;
  legalName: string;
  website: string;
  host: string;
};

/** The n-th synthetic company's made-up identity: "Northwind Backup 0001", slug "synthetic-0001". */
export function syntheticIdentity(n: number, random: Random): SyntheticIdentity {
  const number = String(n).padStart(4, "0");
  const brand = `${random.pick(FIRST)} ${random.pick(SECOND)}`;
  const name = `${brand} ${number}`;
  // ".example" is reserved (RFC 2606), so no synthetic link can ever point at a real site.
  const host = `${brand.toLowerCase().replace(/\s+/g, "")}${number}.example`;
  return {
    slug: `synthetic-${number}`,
    name,
    brand: brand.replace(/\s+/g, ""),
    legalName: `${brand} ${random.pick(FORMS)}`,
    website: `https://www.${host}`,
    host,
  };
}
