import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/content/products";

const read = (yaml: string) => readConfig(yaml, "knowledge-base.yaml");

describe("contact in knowledge-base.yaml", () => {
  it("is optional", () => {
    expect(read("products: []").config.contact).toBeUndefined();
  });

  it("takes an e-mail address and a new-issue page", () => {
    const { config, issues } = read(
      "contact:\n  email: kb@example.com\n  issues: https://github.com/org/kb/issues/new\n",
    );
    expect(issues).toEqual([]);
    expect(config.contact).toEqual({
      email: "kb@example.com",
      issues: "https://github.com/org/kb/issues/new",
    });
  });

  it("says what is wrong with a bad address, a bad URL, an unknown field or an empty contact", () => {
    const messages = (yaml: string) => read(yaml).issues.map((i) => i.message);
    expect(messages("contact:\n  email: not-an-address\n")).toEqual([
      "`contact.email`: give an e-mail address, such as kb-writers@example.com",
    ]);
    expect(messages("contact:\n  issues: javascript:alert(1)\n")[0]).toMatch(
      /^`contact.issues`: give the full http\(s\):\/\/ address/,
    );
    expect(messages("contact:\n  phone: 123\n")[0]).toMatch(/phone/);
    expect(messages("contact: {}\n")).toEqual([
      "`contact`: give `email`, `issues` or both, or remove `contact`",
    ]);
  });
});
