import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseContentDir } from "@/lib/content/load";
import { buildLookupIndex, type LookupIndex, lookup, lookupSource } from "@/lib/lookup";

const DIR = path.resolve("tests/fixtures/kb/small-products");
let index: LookupIndex;

beforeAll(async () => {
  const { entries, products } = await parseContentDir(DIR);
  index = buildLookupIndex(lookupSource(entries, products));
});

const ids = (text: string, product?: string) => {
  const result = lookup(index, text, { product });
  return {
    matches: result.matches.map((h) => h.entry.id),
    related: result.related.map((h) => h.entry.id),
    ambiguous: result.ambiguous,
  };
};

describe("product context", () => {
  it("shows every product's entry for a shared name, as one ambiguity in a stable order", () => {
    const result = ids("Invalid token");
    expect(result.matches).toEqual(["alpha-invalid-token", "beta-invalid-token"]);
    expect(result.ambiguous).toEqual([
      {
        name: "Invalid token",
        ids: ["alpha-invalid-token", "beta-invalid-token"],
        products: ["Alpha Agent", "Beta Proxy"],
      },
    ]);
  });

  it("ranks the named product's entry first and drops the other to related", () => {
    for (const text of [
      "why does my alpha agent say invalid token",
      "2026-11-01 10:00:01 alphad[311]: Invalid token",
      "java -jar alpha-agent.jar fails with: Invalid token",
    ]) {
      const result = ids(text);
      expect(result.matches, text).toEqual(["alpha-invalid-token"]);
      expect(result.ambiguous, text).toEqual([]);
    }
    expect(ids("betaproxy.conf reload: Invalid token").matches).toEqual(["beta-invalid-token"]);
  });

  it("lets a product's own specific match settle a shared name on the same paste", () => {
    const paste = "The spool directory /var/alpha is full; dropping events\nInvalid token";
    expect(ids(paste).matches).toEqual(["alpha-spool-full", "alpha-invalid-token"]);
  });

  it("gives no confident match to a short name about a product it does not document", () => {
    for (const text of [
      "FortiClient VPN Status: Disconnected",
      "JsonWebTokenError: invalid token",
      "Outlook\nDisconnected",
      "Printer HP-4410: Connection error",
    ]) {
      expect(ids(text).matches, text).toEqual([]);
    }
  });

  it("filters by product when asked, and reads the paste as about it", () => {
    expect(ids("Invalid token", "Beta Proxy").matches).toEqual(["beta-invalid-token"]);
    expect(ids("Invalid token", "alpha").matches).toEqual(["alpha-invalid-token"]);
    expect(() => lookup(index, "x", { product: "Gamma" })).toThrow(/no product "Gamma"/);
  });
});

describe("text read from a screenshot", () => {
  it("finds the entry through OCR damage and run-together or split words", () => {
    for (const text of [
      "alphad: lnvalid t0ken",
      "alphad: Invalid tokem",
      "alphad: invalidtoken",
      "alpha status: Disconnectecl",
      "alpha status: Dis connected",
      "The spooI directory /x is fuII; dropping events",
    ]) {
      expect(ids(text).matches.length, text).toBe(1);
      expect(ids(text).matches[0], text).toMatch(/^alpha-/);
    }
  });
});

describe("error codes in documented phrases", () => {
  it("are literal: the right code matches, another code does not", async () => {
    const { entries, products } = await parseContentDir(DIR);
    const coded = entries.map((e) =>
      e.id === "beta-upstream-timeout" ? { ...e, aliases: ["beta gate error 504"] } : e,
    );
    const withCode = buildLookupIndex(lookupSource(coded, products));
    const found = (text: string) => lookup(withCode, text).matches.map((h) => h.entry.id);
    expect(found("beta gate error 504")).toEqual(["beta-upstream-timeout"]);
    expect(found("beta gate error 502")).toEqual([]);
  });
});
