/**
 * Codes and identifiers are literals: a paste that holds a documented code finds its entry,
 * alone or inside any line, and a code the knowledge base does not document pulls in nothing.
 */
import { describe, expect, it } from "vitest";
import { lookup } from "@/lib/lookup";
import { isCode, literalOf, phraseTokens, tokenizeDetailed } from "@/lib/lookup/text";
import { memoryIndex } from "../support/memory-kb";

const index = memoryIndex([
  { id: "intune-87d1fde8", name: "Remediation failed", product: "Intune", aliases: ["0x87D1FDE8"] },
  {
    id: "wu-80070774",
    name: "Domain not found",
    product: "Windows Update",
    messages: ["Windows Update failed with error 80070774."],
  },
  {
    id: "okta-e0000011",
    name: "Invalid token provided",
    product: "Okta",
    messages: ["E0000011: Invalid token provided"],
  },
  {
    id: "entra-50126",
    name: "Invalid username or password",
    product: "Entra",
    messages: ["AADSTS50126: Error validating credentials due to invalid username or password."],
  },
  {
    id: "ora-00942",
    name: "ORA-00942",
    product: "Oracle",
    messages: ["ORA-00942: table or view does not exist"],
  },
  {
    id: "mdi-event-65",
    name: "Event ID 65",
    product: "Windows Event Log",
    messages: ["Event ID 65: the sensor stopped"],
  },
  { id: "http-403", name: "HTTP 403", product: "Web server" },
  {
    id: "node-econnrefused",
    name: "ECONNREFUSED",
    product: "Node.js",
    messages: ["connect ECONNREFUSED X"],
  },
  { id: "k8s-exit-137", name: "Container killed, exit code 137", product: "Kubernetes" },
  {
    id: "sb-quota",
    name: "Microsoft.ServiceBus.Messaging.QuotaExceededException",
    product: "Service Bus",
  },
  { id: "jdbc-sqlexception", name: "SQLRecoverableException", product: "Oracle JDBC" },
  {
    id: "yarn-proxies",
    name: "Too many cached proxies",
    product: "Hadoop",
    messages: ["yarn.client.max-cached-nodemanagers-proxies : <value>"],
  },
]);

const matched = (text: string) => lookup(index, text).matches.map((h) => h.entry.id);

describe("literal forms", () => {
  it("reads hexadecimal codes one way, with or without 0x and leading zeros", () => {
    expect(literalOf("0x80070005")).toBe("=0x80070005");
    expect(literalOf("80070005")).toBe("=0x80070005");
    expect(literalOf("0X00000005")).toBe("=0x5");
    expect(literalOf("87D1FDE8")).toBe("=0x87d1fde8");
    expect(literalOf("1045")).toBe("=1045");
  });
  it("keeps codes, identifiers and numbers of a documented phrase literal", () => {
    expect(phraseTokens("ORA-00942: table or view does not exist", "message")).toContain(
      "=ora-00942",
    );
    expect(phraseTokens("AADSTS50126: Error", "message")).toContain("=aadsts50126");
    expect(phraseTokens("Event ID 65", "name")).toEqual(["event", "id", "=65"]);
    expect(
      phraseTokens("yarn.client.max-cached-nodemanagers-proxies : <value>", "message"),
    ).toEqual(["=yarn.client.max-cached-nodemanagers-proxies", "#var"]);
    expect(phraseTokens("Error 1234567", "name")).toContain("=1234567");
  });
  it("tells codes from words that happen to hold digits", () => {
    for (const code of [
      "=aadsts50126",
      "=0x80070005",
      "=ora-00942",
      "=ah00558",
      "=dfs.datanode.data.dir",
    ])
      expect(isCode(code), code).toBe(true);
    for (const word of ["=ssh2", "=x509", "=403", "=1045", "=utf-8", "disconnect", "#num"])
      expect(isCode(word), word).toBe(false);
  });
  it("masks a paste's values and keeps their literal forms beside them", () => {
    const line = tokenizeDetailed("error 0x80070005 and ORA-00942 on host-01");
    expect(line.tokens).toEqual(["error", "#hex", "ora", "#num", "host", "#num"]);
    expect(line.literals[1]).toEqual(["=0x80070005"]);
    expect(line.literals[3]).toEqual(["=00942", "=ora-00942"]);
  });
  it("reads a qualified class name as its class", () => {
    expect(phraseTokens("Microsoft.ServiceBus.Messaging.QuotaExceededException", "name")).toEqual(
      phraseTokens("QuotaExceededException", "name"),
    );
  });
});

describe("a documented code finds its entry", () => {
  it("alone, in any case, with or without 0x", () => {
    expect(matched("0x87D1FDE8")).toEqual(["intune-87d1fde8"]);
    expect(matched("0x87d1fde8")).toEqual(["intune-87d1fde8"]);
    expect(matched("87D1FDE8")).toEqual(["intune-87d1fde8"]);
    expect(matched("80070774")).toEqual(["wu-80070774"]);
    expect(matched("0x80070774")).toEqual(["wu-80070774"]);
    expect(matched("E0000011")).toEqual(["okta-e0000011"]);
    expect(matched("AADSTS50126")).toEqual(["entra-50126"]);
    expect(matched("ORA-00942")).toEqual(["ora-00942"]);
  });
  it("inside any line, after other software's words", () => {
    expect(
      matched(
        "2026-12-01 10:00:01 [IntuneManagementExtension] remediation exit 0x87D1FDE8 for policy 77",
      ),
    ).toEqual(["intune-87d1fde8"]);
    expect(matched("Sign-in error code: AADSTS50126 Failure reason: whatever")).toEqual([
      "entra-50126",
    ]);
    expect(
      matched("java.sql.SQLSyntaxErrorException: ORA-00942: table or view does not exist"),
    ).toEqual(["ora-00942"]);
    expect(matched('{"errorCode":"E0000011","errorSummary":"Invalid token provided"}')).toEqual([
      "okta-e0000011",
    ]);
  });
  it("numbers are literal words among others", () => {
    expect(matched("Log Name: Security Event ID: 65")).toEqual(["mdi-event-65"]);
    expect(matched("Event ID 66")).toEqual([]);
    expect(matched("HTTP 403")).toEqual(["http-403"]);
    expect(matched("pod web-1: Container killed, exit code 137")).toEqual(["k8s-exit-137"]);
    expect(matched("pod web-1: Container killed, exit code 1")).toEqual([]);
  });
  it("an error code the knowledge base does not document pulls in nothing", () => {
    expect(matched("0x87D1FDE9")).toEqual([]);
    expect(matched("E0000012")).toEqual([]);
    expect(matched("AADSTS50127")).toEqual([]);
    expect(matched("ORA-00943")).toEqual([]);
    expect(matched("Windows Update failed with error 80070775.")).toEqual([]);
    expect(lookup(index, "0x87D1FDE9").related.map((h) => h.entry.id)).not.toContain(
      "intune-87d1fde8",
    );
  });
  it("an exception class, short or qualified, finds the entry documented either way", () => {
    expect(matched("QuotaExceededException: quota reached")).toEqual(["sb-quota"]);
    expect(
      matched("Microsoft.ServiceBus.Messaging.QuotaExceededException: The quota was exceeded"),
    ).toEqual(["sb-quota"]);
    expect(matched("java.sql.SQLRecoverableException: IO Error: Connection reset")).toEqual([
      "jdbc-sqlexception",
    ]);
  });
  it("a configuration key is literal: the key finds its entry, another key does not", () => {
    expect(
      matched("2015-10-18 18:01:47 INFO yarn.client.max-cached-nodemanagers-proxies : 0"),
    ).toEqual(["yarn-proxies"]);
    expect(matched("yarn.client.max-cached-nodemanagers : 0")).toEqual([]);
  });
  it("an error constant is found by its words", () => {
    expect(matched("Error: connect ECONNREFUSED 127.0.0.1:5432")).toEqual(["node-econnrefused"]);
  });
});
