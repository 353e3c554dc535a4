/**
 * `build(key, …)` run once per key object and kept as long as the key is (a company kept per
 * data version keeps what was built from it). The other arguments are read on the first call
 * only. A build that throws, or whose promise rejects, is not kept: the next call tries again.
 */
export function oncePerObject<K extends object, A extends unknown[], V>(
  build: (key: K, ...args: A) => V,
): (key: K, ...args: A) => V {
  const kept = new WeakMap<K, V>();
  return (key, ...args) => {
    if (kept.has(key)) return kept.get(key)!;
    const value = build(key, ...args);
    kept.set(key, value);
    if (value instanceof Promise) value.catch(() => kept.delete(key));
    return value;
  };
}
