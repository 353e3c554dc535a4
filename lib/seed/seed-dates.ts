/** A seed file's calendar day ("2012-01-09") as the UTC midnight the database stores. */
export const day = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);
