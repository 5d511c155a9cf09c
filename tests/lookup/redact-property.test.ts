import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactLine } from "@/lib/lookup/redact";

/**
 * Generated values carry "Qz", which no key, mask or context word below contains, so finding one
 * in the output can only mean it survived.
 */
const tagged = (body: fc.Arbitrary<string>) => body.map((s) => `Qz${s}`);
/** Passwords: letters, digits and the symbols people use, with a digit; no separator or quote. */
const PASSWORD = tagged(fc.stringMatching(/^[A-Za-z0-9!#$%*+/=?@^_~.-]{5,30}\d$/));
/** Machine names: letters, digits and hyphens, as NetBIOS and DNS allow. */
const MACHINE = tagged(fc.stringMatching(/^[a-z0-9-]{1,12}[0-9]$/));
const USER = tagged(fc.stringMatching(/^[a-z][a-z0-9_.]{1,12}$/));
const DATABASE = tagged(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{1,12}$/));
/** Key-less tokens: letters in both cases and digits, as cloud keys are. */
const TOKEN = tagged(fc.stringMatching(/^[A-Za-z0-9]{18,40}[0-9][a-z][A-Z]$/));

/** A key written in any case: `password`, `PASSWORD`, `PassWord`. */
function anyCase(key: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: key.length, maxLength: key.length })
    .map((upper) => [...key].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join(""));
}

const CONTEXT = fc.array(
  fc.constantFrom("ERROR", "failed", "login", "[main]", "2026-11-24 10:15:32", "-", ":", "|"),
  { maxLength: 4 },
);

describe("a secret in any of the forms it takes in logs", () => {
  const FORMS: [string, (secret: string) => string][] = [
    ["key=value", (s) => `password=${s}`],
    ["spaces around =", (s) => `Password = ${s}`],
    ["JSON", (s) => `{"password": "${s}", "level": "error"}`],
    ["YAML", (s) => `password: ${s}`],
    ["flag with =", (s) => `--password=${s}`],
    ["flag", (s) => `--password ${s}`],
    ["prose", (s) => `the password is ${s}`],
    ["quoted prose", (s) => `login with password '${s}' failed`],
    ["bearer", (s) => `Authorization: Bearer ${s}`],
    ["storage key", (s) => `AccountKey=${s};EndpointSuffix=core.windows.net`],
    ["client secret", (s) => `client_secret=${s}`],
    ["environment", (s) => `export DB_PASSWORD=${s}`],
    ["XML", (s) => `<password>${s}</password>`],
    ["URL", (s) => `https://svc:${s}@api.contoso.com/v1`],
  ];

  it.each(FORMS)("%s", (_, form) => {
    fc.assert(
      fc.property(PASSWORD, CONTEXT, CONTEXT, (secret, before, after) => {
        const line = [...before, form(secret), ...after].join(" ");
        expect(redactLine(line), line).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });

  it("a random token with no key in sight", () => {
    fc.assert(
      fc.property(TOKEN, CONTEXT, CONTEXT, (token, before, after) => {
        const line = [...before, token, ...after].join(" ");
        expect(redactLine(line), line).not.toContain(token);
      }),
      { numRuns: 300 },
    );
  });
});

describe("connection strings in any order and case", () => {
  const pair = (keys: string[], value: fc.Arbitrary<string>) =>
    fc.record({ key: fc.constantFrom(...keys).chain(anyCase), value });
  const NEUTRAL = fc.constantFrom(
    "Encrypt=True",
    "TrustServerCertificate=False",
    "Connection Timeout=30",
    "MultipleActiveResultSets=true",
    "Port=5432",
    "Persist Security Info=False",
  );

  const connectionString = fc
    .record({
      server: pair(["Server", "Data Source", "Address", "Host"], MACHINE),
      user: pair(["User ID", "UID", "User", "Username"], USER),
      password: pair(["Password", "PWD"], PASSWORD),
      database: pair(["Database", "Initial Catalog"], DATABASE),
      neutral: fc.array(NEUTRAL, { maxLength: 3 }),
      eq: fc.constantFrom("=", " = ", "= "),
      sep: fc.constantFrom(";", "; ", " ; "),
      protocol: fc.boolean(),
    })
    .chain((c) => {
      const parts = [
        `${c.server.key}${c.eq}${c.protocol ? "tcp:" : ""}${c.server.value}${c.protocol ? ",1433" : ""}`,
        `${c.user.key}${c.eq}${c.user.value}`,
        `${c.password.key}${c.eq}${c.password.value}`,
        `${c.database.key}${c.eq}${c.database.value}`,
        ...c.neutral,
      ];
      return fc.record({
        text: fc
          .shuffledSubarray(parts, { minLength: parts.length, maxLength: parts.length })
          .map((shuffled) => shuffled.join(c.sep)),
        values: fc.constant([c.server.value, c.user.value, c.password.value, c.database.value]),
      });
    });

  it("masks the machine, the user, the password and the database wherever they stand", () => {
    fc.assert(
      fc.property(connectionString, CONTEXT, ({ text, values }, before) => {
        const line = [...before, text].join(" ");
        const out = redactLine(line);
        for (const value of values) expect(out, line).not.toContain(value);
      }),
      { numRuns: 1000 },
    );
  });
});
