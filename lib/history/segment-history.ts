import { readPolicy, type ReadClause } from "../reading/ingest";
import { MarkdownReader } from "../reading/read-markdown";
import { ReadingError } from "../reading/reading-error";

/**
 * Reads the successive versions of one policy exactly as the corpus reads a policy
 * (readPolicy in lib/reading/ingest.ts: furniture dropped, the seed's segmentation, long clauses
 * split), but reads each distinct block of markdown once: consecutive versions share most of
 * their text, and parsing is what costs (lib/reading/read-markdown.ts). One segmenter per
 * policy, so its cache holds one policy's blocks.
 */
export class HistorySegmenter {
  private readonly reader = new MarkdownReader(true);

  /**
   * The version's title and clauses, as readPolicy gives them; none, with the reason, for a
   * version that is not a readable policy.
   */
  segment(markdown: string): { title: string; clauses: ReadClause[]; unreadable: string | null } {
    try {
      const policy = readPolicy(markdown, "markdown", {
        parseMarkdown: (t) => this.reader.tree(t),
      });
      return { title: policy.title, clauses: policy.clauses, unreadable: null };
    } catch (e) {
      if (e instanceof ReadingError) return { title: "", clauses: [], unreadable: e.message };
      throw e;
    }
  }
}
