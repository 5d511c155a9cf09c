import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  looksLikeError,
  prepareReport,
  REPORT_LINE_CHARS,
  REPORT_MAX_LINES,
  redactLine,
} from "@/lib/lookup/redact";

/** Each kind of secret: the line, and what must not survive in its redacted form. */
const SECRETS: [string, string, string][] = [
  ["token=value", "ERROR auth failed token=tok_9f8e7d6c5b4a", "tok_9f8e7d6c5b4a"],
  ["quoted key=value", `ERROR login failed password="hunter2 two"`, "hunter2"],
  ["apikey", "WARN request rejected apiKey=AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"],
  ["secret with colon", "ERROR client_secret:s3cr3t-v4lue rejected", "s3cr3t-v4lue"],
  ["JSON password", `{"level":"error","password": "p@ss w0rd"}`, "p@ss w0rd"],
  ["--token X", "agent start --token abc123def failed", "abc123def"],
  ["--password=X", "agent start --password=Sup3r failed", "Sup3r"],
  ["Bearer", "ERROR Authorization: Bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl", "eyJhbGciOi"],
  ["Bearer without header", "sent Bearer 0123456789abcdefXYZ, denied", "0123456789abcdefXYZ"],
  ["JWT alone", "invalid jwt eyJhbGciOiJIUzI1.eyJzdWIiOiIx.SflKxwRJSMeKKF2QT4", "SflKxwRJSM"],
  ["random token", "ERROR invalid key Zk3qP9vX2mL8nR4tW7yB1cD6", "Zk3qP9vX2mL8nR4tW7yB1cD6"],
  ["e-mail", "ERROR mail to jane.doe@corp.example.com failed", "jane.doe"],
  ["host name", "ERROR cannot reach siem-prod-07.corp-secret.example:6514", "corp-secret"],
  ["two-label host", "ERROR connection refused by intranet.local", "intranet.local"],
  ["IPv4", "ERROR connection to 10.20.30.40:443 timed out", "10.20.30.40"],
  ["IPv6", "ERROR connect fe80::1ff:fe23:4567:890a failed", "fe80::1ff"],
  ["GUID", "ERROR tenant 3f2504e0-4f89-11d3-9a0c-0305e82c3301 denied", "3f2504e0"],
  ["URL", "ERROR GET https://api.corp.example/v1/x?sig=abc failed", "api.corp.example"],
  ["Linux home", "ERROR cannot read /home/jsmith/.agent/config", "jsmith"],
  ["macOS home", "ERROR cannot read /Users/jsmith/Library/agent.log", "jsmith"],
  ["Windows profile", "ERROR cannot read C:\\Users\\jsmith\\AppData\\agent.ini", "jsmith"],
  ["long hex", "ERROR session deadbeef0123456789 expired", "deadbeef0123456789"],
];

describe("redaction", () => {
  it.each(SECRETS)("masks %s", (_, line, secret) => {
    const redacted = redactLine(line);
    expect(redacted).not.toContain(secret);
    expect(redacted).toMatch(/\[(?:secret|email|host|ip|guid|user|hex)\]/);
  });

  it("keeps what helps the writers: words, times, class names, file names", () => {
    const line =
      "2026-11-24 10:15:32 ERROR [main] com.example.siem.TokenValidator - The token provided isn't valid (agent.log)";
    expect(redactLine(line)).toBe(line);
    expect(redactLine("ERROR Invalid token: the token expired")).toBe(
      "ERROR Invalid token: the token expired",
    );
  });

  it("keeps the key and masks the value, by what the key says it is", () => {
    expect(redactLine("login failed password=hunter2 user=bob")).toBe(
      "login failed password=[secret] user=[user]",
    );
    expect(redactLine("login failed user=root uid=0 rhost=10.1.2.3 host=db01")).toBe(
      "login failed user=root uid=0 rhost=[ip] host=[host]",
    );
    expect(redactLine("agent --token abc123 --verbose")).toBe("agent --token [secret] --verbose");
  });
});

describe("the report", () => {
  it("keeps only the lines that look like errors, redacted", () => {
    const paste = [
      "2026-11-24 08:00:00 INFO agent: starting on siem-01.corp.example",
      "2026-11-24 08:00:01 INFO agent: heartbeat",
      "2026-11-24 08:00:02 ERROR agent: handshake failed with 10.0.0.7 token=abc123",
      "\tat com.example.Agent.run(Agent.java:42)",
      "Caused by: java.net.ConnectException: Connection refused",
      "2026-11-24 08:00:03 INFO agent: retrying",
    ].join("\n");
    const report = prepareReport(paste);
    expect(report.text.split("\n")).toEqual([
      "2026-11-24 08:00:02 ERROR agent: handshake failed with [ip] token=[secret]",
      "Caused by: java.net.ConnectException: Connection refused",
    ]);
    expect(report).toMatchObject({ kept: 2, total: 6, truncated: false });
  });

  it("keeps a short paste whole: it is the message", () => {
    expect(prepareReport("Widget frobnication halted on gw.example.com").text).toBe(
      "Widget frobnication halted on [host]",
    );
  });

  it(`keeps at most ${REPORT_MAX_LINES} lines`, () => {
    const paste = Array.from({ length: 100 }, (_, i) => `ERROR failure ${i}`).join("\r\n");
    const report = prepareReport(paste);
    expect(report.kept).toBe(REPORT_MAX_LINES);
    expect(report.truncated).toBe(true);
    expect(report.text.split("\n")).toHaveLength(REPORT_MAX_LINES);
  });

  it("masks a private key's body line by line, also when the paste cuts it", () => {
    const begin = "-----BEGIN RSA PRIVATE KEY-----";
    const body = ["MIIEowIBAAKCAQEAndJt7NaG8T64qMJ9QyvAY42n1m0aOk5DAvPgKwaAFOWzxPxp", "mJYyjn"];
    expect(prepareReport([begin, ...body].join("\n")).text).toBe(
      "[private key]\n[private key]\n[private key]",
    );
    const cutBefore = [...body, "-----END RSA PRIVATE KEY-----", "ERROR key rejected"];
    expect(prepareReport(cutBefore.join("\n")).text).toBe("ERROR key rejected");
    const long = [
      "ERROR loading key",
      begin,
      ...body,
      "-----END RSA PRIVATE KEY-----",
      "ERROR invalid format",
      "INFO done",
    ];
    expect(prepareReport(long.join("\n")).text).toBe("ERROR loading key\nERROR invalid format");
  });

  it("cuts a long line between words, so no secret is left as a fragment", () => {
    const secret = "Zk3qP9vX2mL8nR4tW7yB1cD6eF0gH";
    const line = `ERROR ${"word ".repeat(199)}${secret}${"x".repeat(50)}`;
    const report = prepareReport(line);
    expect(report.text).not.toMatch(/Zk3q/);
    expect(report.text.length).toBeLessThanOrEqual(REPORT_LINE_CHARS + 3);
  });

  it("recognises error lines", () => {
    expect(looksLikeError("SEVERE: something")).toBe(true);
    expect(looksLikeError("Permission denied")).toBe(true);
    expect(looksLikeError("Traceback (most recent call last):")).toBe(true);
    expect(looksLikeError("java.lang.NullPointerException")).toBe(true);
    expect(looksLikeError("INFO agent: heartbeat")).toBe(false);
  });
});

describe("redaction of hosts beside other values", () => {
  it("does not read a host name with 'secret' in it as a flag", () => {
    expect(redactLine("ERROR overheated on gw-07.corp-secret.example (10.20.30.40)")).toBe(
      "ERROR overheated on [host] ([ip])",
    );
  });
});

describe("what the review found", () => {
  // Each detail of the issue that came out unmasked, and what it must become.
  const CASES: [string, string][] = [
    ["ERROR cannot reach SRV-DC01.contoso.local", "ERROR cannot reach [host]"],
    ["ERROR build failed on Build01.Corp.Example.com", "ERROR build failed on [host]"],
    ["ERROR the agent on siemagent01 stopped", "ERROR the agent on [host] stopped"],
    [
      "ERROR cannot write \\\\FS01\\Finance$\\x.csv",
      "ERROR cannot write \\\\[host]\\[share]\\x.csv",
    ],
    ["ERROR logon failure CONTOSO\\jdoe", "ERROR logon failure [domain]\\[user]"],
    ["sid S-1-5-21-3623811015-3361044348-30300820-1013 denied", "sid [sid] denied"],
    ["the password is hunter2xyz", "the password is [secret]"],
    ["Server=tcp:sql-prod-01,1433;Database=x", "Server=tcp:[host],1433;Database=[database]"],
    [
      "AccountName=contosostorage;AccountKey=Eby8vdM02xNOcqFlqUwJPLlm/K1SZFPTOtr/KBHBeksoGMGw==",
      "AccountName=[account];AccountKey=[secret]",
    ],
    ["call +1 (425) 555-0100", "call [phone]"],
    [
      "ERROR C:\\Users\\jdoe\\mcas-siemagent-0.111.126-signed.jar",
      "ERROR C:\\Users\\[user]\\mcas-siemagent-0.111.126-signed.jar",
    ],
  ];
  it.each(CASES)("%s", (line, expected) => {
    expect(redactLine(line)).toBe(expected);
  });
});

describe("the report on any input", () => {
  it("never throws, and keeps within its bounds", () => {
    const line = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc
        .tuple(
          fc.constantFrom(
            "a=",
            "a.",
            "\\",
            "a:",
            "-----BEGIN PRIVATE KEY-----",
            "Ab1",
            '"a": ',
            "S-1-5-21-",
          ),
          fc.integer({ min: 1, max: 1500 }),
        )
        .map(([unit, n]) => `ERROR ${unit.repeat(n)}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const report = prepareReport(lines.join("\n"));
        const out = report.text ? report.text.split("\n") : [];
        expect(out.length).toBeLessThanOrEqual(REPORT_MAX_LINES);
        for (const l of out) expect(l.length).toBeLessThanOrEqual(REPORT_LINE_CHARS + 3);
      }),
      { numRuns: 150 },
    );
  });
});
