/**
 * A test or rewrite of a sentence that remembers its last answer. Many rules of one kind wrap
 * their reading in the same rewrites (the rights' blanking, read-since-*.ts), so the rules of the
 * kind ask each rewrite about the same sentence in turn: it is worked out once. Only for
 * functions of the sentence alone.
 */
export function lastAnswer<T>(of: (s: string) => T): (s: string) => T {
  let asked: string | undefined;
  let answer: T;
  return (s) => {
    if (s !== asked) {
      answer = of(s);
      asked = s;
    }
    return answer;
  };
}
