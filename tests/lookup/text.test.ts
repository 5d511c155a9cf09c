import { describe, expect, it } from "vitest";
import { stem, tokenize, tokenizeDetailed, VAR_TOKEN } from "@/lib/lookup/text";

describe("tokenize", () => {
  it("masks the variable parts of log lines", () => {
    const line =
      "2026-11-24T10:15:32.118Z 10.0.0.5:8080 7c9e6679-7425-40de-944b-e07fc1f90ae7 https://x.example/a?b=1 /var/log/siem/agent.log C:\\SIEM\\agent.jar 0x7f3a 11/24/2026 3:14 PM user@contoso.com";
    expect(tokenize(line)).toEqual([
      "#time",
      "#ip",
      "#guid",
      "#url",
      "#path",
      "#path",
      "#hex",
      "#date",
      "#time",
      "#email",
    ]);
  });
  it("drops log levels and thread names, and keeps only the class of a qualified class name", () => {
    expect(
      tokenize("ERROR [pool-2-thread-1] com.microsoft.cas.siem.Agent - Invalid token"),
    ).toEqual(["#id", "agent", "invalid", "token"]);
  });
  it("expands contractions and unifies 'not valid' with 'invalid'", () => {
    expect(tokenize("The token provided isn't valid.")).toEqual(
      tokenize("the token provided is invalid"),
    );
    expect(tokenize("The token provided isn\u2019t valid")).toEqual(
      tokenize("THE TOKEN PROVIDED IS NOT VALID!"),
    );
    expect(tokenize("can't connect")).toEqual(["cannot", "connect"]);
  });
  it("expands contractions typed without the apostrophe, but not words that look like one", () => {
    expect(tokenize("the proxy address isnt valid")).toEqual(
      tokenize("the proxy address is not valid"),
    );
    expect(tokenize("agent doesnt start, cant connect")).toEqual(
      tokenize("agent does not start, can not connect"),
    );
    expect(tokenize("wont")).toEqual(["wont"]);
  });
  it("splits identifiers and stems verb forms", () => {
    expect(tokenize("InvalidTokenException")).toEqual(["invalid", "token", "exception"]);
    expect(tokenize("data-server-send-error")).toEqual(["data", "server", "send", "error"]);
    expect(tokenize("disconnected")).toEqual(tokenize("disconnect"));
    expect(stem("errors")).toBe("error");
    expect(stem("status")).toBe("status");
    expect(stem("shutting")).toBe("shut");
  });
  it("turns documented placeholders into template variables only in templates", () => {
    expect(tokenize("for more than X hours", { template: true })).toEqual([VAR_TOKEN, "hour"]);
    expect(tokenize("failed at {0} with <value>", { template: true })).toEqual([
      "fail",
      VAR_TOKEN,
      VAR_TOKEN,
    ]);
    expect(tokenize("for more than X hours")).toEqual(["hour"]);
  });
  it("marks clause breaks", () => {
    const { tokens, breaks } = tokenizeDetailed("Status: Disconnected");
    expect(tokens).toEqual(["status", "disconnect"]);
    expect([...breaks]).toEqual([1]);
    expect([...tokenizeDetailed("WiFi disconnected").breaks]).toEqual([]);
  });
});
