/*
 * The corpus seed reads and writes 302 policies for ~15 s inside one transaction; a person
 * running `npm run seed` sees it move at each quarter instead of a silent pause.
 */
export async function* withReadingProgress<T>(
  batches: AsyncIterable<T[]>,
  total: number,
  log: (message: string) => void,
): AsyncGenerator<T[], void, undefined> {
  let done = 0;
  let nextQuarter = 1;
  for await (const batch of batches) {
    done += batch.length;
    const reached = Math.floor((done * 4) / total);
    // The last quarter is the seed's own summary, written once the transaction commits.
    if (reached >= nextQuarter && done < total) {
      log(`Corpus: ${done} of ${total} policies read…`);
      nextQuarter = reached + 1;
    }
    yield batch;
  }
}
