/**
 * A Map that forgets its oldest entry when full. Used to keep imported keys so each is parsed once,
 * without letting a process that sees many keys grow without bound.
 */
export class BoundedCache<K, V> extends Map<K, V> {
  /** @param limit - most entries kept */
  constructor(private readonly limit = 64) {
    super();
  }

  /** Store a value, evicting the oldest entry when over the limit; returns the value. */
  put(key: K, value: V): V {
    // Map iteration order is insertion order, so the first key is the oldest.
    if (this.size >= this.limit) this.delete(this.keys().next().value as K);
    this.set(key, value);
    return value;
  }
}
