/** A problem in a seed file, phrased for the person editing that file. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ""}${problem}`);
    this.name = "SeedError";
  }
}
