import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "@/lib/site/format";

describe("formatCount", () => {
  it("groups thousands as English does", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(999)).toBe("999");
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(25_001)).toBe("25,001");
    expect(formatCount(1_234_567)).toBe("1,234,567");
  });
  it("writes every count as toLocaleString('en') does with no fraction digits", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (value) => {
        expect(formatCount(value)).toBe(value.toLocaleString("en", { maximumFractionDigits: 0 }));
      }),
    );
  });
});
