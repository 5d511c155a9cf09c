/** Text that should hold a JSON object (data read back from a page or a stream), parsed. */
export function jsonObject(json: string): object | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  return typeof data === "object" && data !== null ? data : undefined;
}
