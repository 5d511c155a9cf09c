/**
 * Runs `work` on each item of a list with at most `count` at once, as async work that waits on
 * another process or thread (esbuild, zlib) does best: a new item starts as soon as one ends.
 */
export async function eachInFlight<T>(
  items: readonly T[],
  count: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i];
      if (item !== undefined) await work(item, i);
    }
  };
  await Promise.all(Array.from({ length: count }, lane));
}
