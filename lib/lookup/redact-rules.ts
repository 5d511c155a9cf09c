/**
 * The masks a report applies to one line, in order. Each rule names what it finds, with an
 * example; the word lists it reads are data in `redact-words.ts`.
 *
 * The order matters: whole structures first (private keys, URLs, authorization headers, known
 * token formats), then `key=value` pairs, whose key says what the value is, then identifying
 * details found by their shape (addresses, Windows names, host names), and last whatever still
 * looks random. A mask is a bracketed word (`[secret]`, `[host]`) that no later rule reads as a
 * value.
 *
 * Nothing here runs when the module loads: the rules are compiled on first use, so a bundle that
 * imports the matcher's index but never redacts leaves them out (esbuild drops code without side
 * effects), and the page loads them only when a report is prepared.
 */
import {
  DESCRIPTOR_KEY_WORDS,
  DOTTED_PRODUCT_NAMES,
  FILE_EXTENSIONS,
  HOST_CONTEXT_WORDS,
  IDENTITY_KEY_WORDS,
  NON_SECRET_KEY_WORDS,
  NOT_USER_NAMES,
  PATH_STYLE_STORAGE_HOSTS,
  PROSE_VALUES,
  PUBLIC_SERVICE_HOSTS,
  SECRET_KEY_STEMS,
  SECRET_KEY_WORDS,
  TECHNICAL_WORD_PREFIXES,
  TOP_LEVEL_DOMAINS,
  URL_SECRET_PARAMETERS,
  WELL_KNOWN_ACCOUNTS,
  WELL_KNOWN_DOMAINS,
  WELL_KNOWN_HOSTS,
  WELL_KNOWN_PROFILES,
  WELL_KNOWN_SHARES,
} from "./redact-words";

/** What each kind of detail becomes. */
export const MASK = {
  secret: "[secret]",
  privateKey: "[private key]",
  host: "[host]",
  ip: "[ip]",
  mac: "[mac]",
  email: "[email]",
  user: "[user]",
  account: "[account]",
  domain: "[domain]",
  tenant: "[tenant]",
  database: "[database]",
  phone: "[phone]",
  sid: "[sid]",
  guid: "[guid]",
  hex: "[hex]",
  share: "[share]",
  resource: "[resource]",
} as const;

type IdentityKind = keyof typeof IDENTITY_KEY_WORDS;
type KeyKind = "secret" | IdentityKind;
type Replacer = (match: string, ...rest: unknown[]) => string;
/** One rule: its name, and what it makes of a line. */
export type Rule = { name: string; apply: (line: string) => string };

/** A masked value is left alone by every later rule. */
const MASKED = /^\[[a-z ]+\]$/;
const isMasked = (text: string) => MASKED.test(text);

/**
 * The smallest value a key-less random string must have to be read as a credential: 20
 * characters. A 20-character mix of capitals, small letters and digits is a key or a token
 * (`Zk3qP9vX2mL8nR4tW7yB1cD6`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`); shorter mixes are
 * documented codes and names (`AADSTS50126`, `Win32Exception`, `AppSrv01`).
 */
const RANDOM_MIN_CHARS = 20;
/**
 * Hex strings this long or longer are hashes, keys or object ids (`113d3a99c3da401fbd62cc2caa5b96d2`);
 * shorter ones are codes and addresses a writer reads (`0x80070005`, `0x7f92413e3000`).
 */
const HEX_MIN_CHARS = 16;
/** A `0x` number with more hex digits than an HRESULT or NTSTATUS has (`0x80070005`) is a key. */
const HEX_CODE_MAX_DIGITS = 16;
/** A phone number has 8 to 15 digits (E.164); fewer are counts, more are ids. */
const PHONE_DIGITS = { min: 8, max: 15 };
/** Domain SIDs (`S-1-5-21-…-1013`) have five sub-authorities or more; well-known ones fewer. */
const SID_MIN_PARTS = 5;

/** Lower-case word lists as sets, built on first use. */
type Vocabulary = {
  secretKeys: Set<string>;
  descriptors: Set<string>;
  nonSecretKeys: Set<string>;
  identity: Map<string, IdentityKind>;
  prose: Set<string>;
  tlds: Set<string>;
  fileExtensions: Set<string>;
  products: Set<string>;
  wellKnownHosts: Set<string>;
  wellKnownAccounts: Set<string>;
  wellKnownDomains: Set<string>;
  wellKnownShares: Set<string>;
  wellKnownProfiles: Set<string>;
  technical: string[];
  urlSecrets: Set<string>;
  publicHosts: Set<string>;
  pathStyleStorage: Set<string>;
  secretStems: string[];
  notUsers: Set<string>;
};

function vocabulary(): Vocabulary {
  const identity = new Map<string, IdentityKind>();
  for (const [kind, words] of Object.entries(IDENTITY_KEY_WORDS)) {
    if (!isIdentityKind(kind)) continue;
    for (const word of words) identity.set(word, kind);
  }
  return {
    secretKeys: new Set(SECRET_KEY_WORDS),
    descriptors: new Set(DESCRIPTOR_KEY_WORDS),
    nonSecretKeys: new Set(NON_SECRET_KEY_WORDS),
    identity,
    prose: new Set(PROSE_VALUES),
    tlds: new Set(TOP_LEVEL_DOMAINS),
    fileExtensions: new Set(FILE_EXTENSIONS),
    products: new Set(DOTTED_PRODUCT_NAMES),
    wellKnownHosts: new Set(WELL_KNOWN_HOSTS),
    wellKnownAccounts: new Set(WELL_KNOWN_ACCOUNTS),
    wellKnownDomains: new Set(WELL_KNOWN_DOMAINS),
    wellKnownShares: new Set(WELL_KNOWN_SHARES),
    wellKnownProfiles: new Set(WELL_KNOWN_PROFILES),
    technical: TECHNICAL_WORD_PREFIXES,
    urlSecrets: new Set(URL_SECRET_PARAMETERS),
    publicHosts: new Set(PUBLIC_SERVICE_HOSTS),
    pathStyleStorage: new Set(PATH_STYLE_STORAGE_HOSTS),
    secretStems: SECRET_KEY_STEMS,
    notUsers: new Set(NOT_USER_NAMES),
  };
}

function isIdentityKind(kind: string): kind is IdentityKind {
  return Object.hasOwn(IDENTITY_KEY_WORDS, kind);
}

/**
 * Words that, at the end of a key, defer to the word before them: "Account Name", "TenantId",
 * "tenantDisplayName", "Email Address".
 */
const KEY_SUFFIXES = new Set([
  "name",
  "names",
  "id",
  "ids",
  "address",
  "addr",
  "display",
  "friendly",
  "full",
  "short",
]);

/** `AccountKey` → account key; `x-api-key` → x api key; `User ID` → user id. */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[\s_.\-$@:/]+/)
    .filter(Boolean);
}

/** What a key's value is: a secret, an identifying detail of some kind, or neither. */
function classifyKey(v: Vocabulary, key: string): KeyKind | undefined {
  const words = keyWords(key);
  const whole = words.join("");
  const last = words.at(-1) ?? "";
  let head = words.length - 1;
  while (head > 0 && KEY_SUFFIXES.has(words[head] ?? "")) head -= 1;
  // The last one or two words as written, whatever their case: "DaTA SOuRCE", "ERROR Data Source".
  const tokens = key.toLowerCase().split(/\s+/);
  const identity =
    v.identity.get(whole) ??
    v.identity.get(
      tokens
        .slice(-2)
        .join("")
        .replace(/[_.\-$@]/g, ""),
    ) ??
    v.identity.get(tokens.at(-1)?.replace(/[_.\-$@]/g, "") ?? "") ??
    v.identity.get(words[head] ?? "") ??
    v.identity.get(last);
  if (identity && !v.secretKeys.has(last)) return identity;
  // A key of several words is read by its last ("Client Secret", "Access Key"): the words
  // before may be prose ("ClientSecretCredential authentication failed: …").
  const tail = key.includes(" ") ? keyWords(key.slice(key.lastIndexOf(" ") + 1)) : words;
  const tailWhole = tail.join("");
  if (v.nonSecretKeys.has(tailWhole) || tail.some((w) => v.nonSecretKeys.has(w))) return undefined;
  if (v.descriptors.has(last)) return undefined;
  if (v.secretKeys.has(tailWhole) || tail.some((w) => v.secretKeys.has(w))) return "secret";
  if (v.secretStems.some((stem) => tailWhole.includes(stem))) return "secret";
  return undefined;
}

/** Values that stand for nothing: empty, starred, a template or an earlier mask. */
const PLACEHOLDER =
  /^(?:|-+|\*+|x{3,}|\.{3}|<[^<>]*>|\$\{[^}]*\}|\$\(?[A-Z_][A-Z0-9_]*\)?|%[\w]+%|\{\{[^}]*\}\}|\[[a-z ]+\])$/i;

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const IPV6 = /^\[?[0-9a-f:]*:[0-9a-f:]*(?:%\w+)?\]?$/i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*$/;

/** The mask for an identifying value, by what the value turns out to be. */
function maskIdentity(v: Vocabulary, kind: IdentityKind, raw: string): string {
  const [open, value, close] = unwrap(raw);
  const lower = value.toLowerCase();
  if (PLACEHOLDER.test(value) || value.includes("[") || v.prose.has(lower)) return raw;
  // `login : --password …`: an option follows, not a name.
  if (value.startsWith("-")) return raw;
  if (kind === "user" || kind === "account") {
    if (v.wellKnownAccounts.has(lower) || /^\d{1,6}$/.test(value)) return raw;
  }
  if (kind === "host") {
    // `tcp:sql-prod-01,1433`, `np:\\.\pipe\…`, `sql01\SQLEXPRESS`, `db01:5432`: keep the protocol
    // and the port, mask the machine.
    const parts = /^((?:tcp|np|lpc|admin):)?([^,\\]*?)((?:[,:]\d{1,5})?)((?:\\[\w$-]+)?)$/i.exec(
      value,
    );
    const [, protocol = "", machine = value, port = "", instance = ""] = parts ?? [];
    if (v.wellKnownHosts.has(machine.toLowerCase())) return raw;
    // `node:dns:107:26` is a module, not a machine: a host is a name, an IPv4 or an IPv6 address.
    if (!/^[A-Za-z0-9][\w.-]*$/.test(machine) && !IPV6.test(machine)) return raw;
    const masked = IPV4.test(machine) || IPV6.test(machine) ? MASK.ip : MASK.host;
    return `${open}${protocol}${masked}${port}${instance ? "\\[host]" : ""}${close}`;
  }
  if (IPV4.test(value)) return `${open}${MASK.ip}${close}`;
  if (EMAIL.test(value) && value.includes(".")) return `${open}${MASK.email}${close}`;
  // NSError's `Error Domain=NSURLErrorDomain` and `Domain=com.apple.security.sos.error` name code,
  // not a directory.
  if (kind === "domain" && (/ErrorDomain$/.test(value) || isReverseDns(v, value))) return raw;
  return `${open}${MASK[kind]}${close}`;
}

/** `"value"` → [`"`, `value`, `"`]; `{value}` → [`{`, `value`, `}`]. */
function unwrap(raw: string): [string, string, string] {
  const first = raw[0];
  const last = raw.at(-1);
  if (raw.length >= 2 && ((first === '"' && last === '"') || (first === "'" && last === "'")))
    return [first, raw.slice(1, -1), first];
  if (raw.length >= 2 && first === "{" && last === "}") return ["{", raw.slice(1, -1), "}"];
  return ["", raw, ""];
}

/** A secret's value, unless it is prose ("password: incorrect") or a placeholder. */
function maskSecret(v: Vocabulary, raw: string): string {
  const [open, value, close] = unwrap(raw);
  if (PLACEHOLDER.test(value) || v.prose.has(value.toLowerCase())) return raw;
  // Already masked, or a URL whose credentials the URL rule masked (`NSErrorFailingURLKey=https://…`).
  if (value.includes("[") || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return raw;
  if (AUTH_SCHEMES.has(value.toLowerCase())) return raw;
  return `${open}${MASK.secret}${close}`;
}

/** Authorization schemes: the word before the credential, kept (`Authorization: Bearer [secret]`). */
const AUTH_SCHEMES = new Set([
  "bearer",
  "basic",
  "digest",
  "negotiate",
  "ntlm",
  "kerberos",
  "ssws",
  "sharedaccesssignature",
  "oauth",
  "token",
  "apikey",
  "aws4-hmac-sha256",
  "hmac",
  "mac",
]);

/**
 * Whether a word after "password" or "token" in prose is a credential rather than prose: six
 * characters or more (trailing punctuation aside) with a digit, a symbol or a capital inside
 * ("hunter2xyz", "Winter2026!", "s3cr3t"), and no prose word ("expired.", "ID.").
 */
function credentialLike(v: Vocabulary, word: string): boolean {
  const text = word.replace(/[.,;:!?)\]'"]+$/, "");
  if (text.length < CREDENTIAL_MIN_CHARS || v.prose.has(text.toLowerCase())) return false;
  if (/^[([{<]/.test(text)) return false;
  return /\d/.test(text) || /[^\w.,;:!?'"()[\]{}<>-]/.test(text) || /[a-z][A-Z]/.test(text);
}

/** Credentials are this long at least; "ID", "abc" and "n/a" are not. */
const CREDENTIAL_MIN_CHARS = 6;

/**
 * A value in a `key=value` pair: quoted (JSON escapes allowed; the closing quote ends a value, so
 * a stray quote does not swallow the text up to the next one), in braces (ODBC's `PWD={a;b}`),
 * or bare up to a separator. A bare value keeps a comma or an ampersand that does not start a new
 * pair (`Server=tcp:sql-prod-01,1433`, `Pwd=a&b`), and never starts with `{` or `[` (a JSON object
 * or an earlier mask).
 */
const VALUE = String.raw`"(?:[^"\\]|\\.)*"(?=[\s;,&)\]}>/]|$)|'[^']*'(?=[\s;,&)\]}>/]|$)|\{[^{}]*\}|(?![{\[])(?:[^\s;&"'<>,)\]}|]|,(?![\s,]|[\w.-]+=)|&(?![\w.-]+=))+`;

/** The separator of a pair: `=`, `:`, `=>`, `:=`, with spaces around. Not `://` nor `C:\`. */
const SEPARATOR = String.raw`[ \t]*(?:=>|:=|=|:(?![\\/]))[ \t]*`;

/** `word=` or `word:` at the start of a value: the value is the next pair's key. */
const STARTS_PAIR = /^([\w.$@-]+)[ \t]*(?:=|:(?![\\/]))[ \t]*[^\s=]/;

/**
 * What a pair becomes, or undefined when its key names nothing to mask: the scan then reads on
 * from its value, which may be the next pair's key ("Caused by: SERVER = SQL01").
 */
function pairReplacement(
  v: Vocabulary,
  groups: Record<string, string | undefined>,
  after: string,
): string | undefined {
  const { lead = "", open = "", key = "", close = "", sep = "", value = "" } = groups;
  const head = `${lead}${open}${key}${close}${sep}`;
  // XML's `<add key="Password" value="…"/>` is read by its own rule.
  if (/^(?:key|name)$/i.test(key) && /^\s*value\s*=/i.test(after)) return undefined;
  const kind = classifyKey(v, key.replace(/^-+/, ""));
  // `logname= uid=0`, `pwd= SERVER = sql01`: an empty value, then the next pair, when the word
  // before the `=` is a key that names something (`Password = a=b` is one password).
  const next = /\s$/.test(sep) ? STARTS_PAIR.exec(`${value}${after}`) : null;
  if (next && classifyKey(v, next[1] ?? "")) return undefined;
  const masked =
    kind === "secret" ? maskSecret(v, value) : kind ? maskIdentity(v, kind, value) : value;
  // A value left as it was may hold pairs of its own: `host = jdbc:mysql://[(host=db01,…`,
  // `connectionString="Data Source=…;Password=…"`. The scan reads on from it.
  return kind && masked !== value ? `${head}${masked}` : undefined;
}

/** Replaces every pair the pattern finds, reading on from the value of a pair left alone. */
function replacePairs(v: Vocabulary, text: string, source: RegExp): string {
  const pattern = new RegExp(source.source, source.flags);
  let out = "";
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const groups = m.groups ?? {};
    const end = m.index + m[0].length;
    const replacement = pairReplacement(v, groups, text.slice(end));
    if (replacement === undefined) {
      pattern.lastIndex = Math.max(end - (groups.value ?? "").length, m.index + 1);
      continue;
    }
    out += text.slice(last, m.index) + replacement;
    last = end;
  }
  return out + text.slice(last);
}

/** Keys of several words only where a key starts: line start, after `;`, `{`, `(`, `|` or a tab. */
let pairPatterns: { anchored: RegExp; single: RegExp } | undefined;
function pairs(): { anchored: RegExp; single: RegExp } {
  pairPatterns ??= {
    // Keys of several words: in Title Case where a line or a quoted string starts
    // (`Account Name:  jdoe`, `"Data Source=…`), in any case after `;`, `{`, `(` or `|`
    // (`;user id=svc_sales`), and two words before `=` anywhere (`- User ID=svc_sales`).
    // "Cannot connect to server: …" at a line's start is prose, not a key.
    anchored: new RegExp(
      String.raw`(?<lead>(?:(?:^|\t|["'])[ \t]*(?=[A-Z][\w.-]*(?: [A-Z][\w.-]*){1,3}${SEPARATOR})|[;{(|][ \t]*|(?<=[ \t])(?=[A-Za-z][\w.-]* [A-Za-z][\w.-]*[ \t]*=)))(?<open>)(?<key>[A-Za-z][\w.-]*(?: [A-Za-z][\w.-]*){1,3})(?<close>)(?<sep>${SEPARATOR})(?<value>${VALUE})`,
      "gm",
    ),
    // `password=…`, `"token": "…"`, `--password=…`, `AccountKey=…`, `rhost=…`, `x-api-key: …`.
    single: new RegExp(
      String.raw`(?<lead>)(?<![\w.$@\\-])(?<open>["']?)(?<key>--?[A-Za-z][\w.-]*|[A-Za-z_@$][\w.$@-]*)(?<close>\k<open>)(?<sep>${SEPARATOR})(?<value>${VALUE})`,
      "g",
    ),
  };
  return pairPatterns;
}

/** Masks the values of every `key=value` pair whose key names a secret or an identifying detail. */
function redactPairs(v: Vocabulary, text: string): string {
  const { anchored, single } = pairs();
  return replacePairs(v, replacePairs(v, text, anchored), single);
}

/** Rebuilds a URL with its credentials, host and secret query values masked; its path is kept. */
function maskUrl(v: Vocabulary, url: string): string {
  // jdbc:sqlserver://sql01:1433;databaseName=…: the authority ends at `;`, the pairs follow.
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#;]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
  if (!m) return url;
  const [, scheme = "", authority = "", path = "", query = "", fragment = ""] = m;
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : "";
  const hosts = at >= 0 ? authority.slice(at + 1) : authority;
  const who = userinfo
    ? `${userinfo.includes(":") ? `${MASK.user}:${MASK.secret}` : MASK.user}@`
    : "";
  const where = hosts
    .split(",")
    .map((hostPort) => {
      const hp = /^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(hostPort);
      const host = hp?.[1] ?? hostPort;
      const port = hp?.[2] ?? "";
      if (!host || isMasked(host) || isPublicHost(v, host)) return hostPort;
      return `${IPV4.test(host) || host.startsWith("[") ? MASK.ip : MASK.host}${port}`;
    })
    .join(",");
  // https://storage.googleapis.com/contoso-logs/agent.log: the bucket is the customer's.
  const bucket = v.pathStyleStorage.has(hosts.toLowerCase().replace(/:\d+$/, ""))
    ? path.replace(/^\/[^/]+/, `/${MASK.resource}`)
    : path;
  return `${scheme}${who}${where}${bucket}${maskQuery(v, query)}${maskQuery(v, fragment)}`;
}

/** `?sv=2022-11-02&sig=…` → `?sv=2022-11-02&sig=[secret]`; identity parameters masked too. */
function maskQuery(v: Vocabulary, query: string): string {
  if (!query) return "";
  return (
    query[0] +
    query
      .slice(1)
      .split("&")
      .map((param) => {
        const eq = param.indexOf("=");
        if (eq < 0) return param;
        const key = param.slice(0, eq);
        const value = param.slice(eq + 1);
        if (!value) return param;
        const lower = decodeSafely(key).toLowerCase();
        if (v.urlSecrets.has(lower)) return `${key}=${MASK.secret}`;
        const kind = classifyKey(v, decodeSafely(key));
        if (kind === "secret") return `${key}=${maskSecret(v, value)}`;
        if (kind) return `${key}=${maskIdentity(v, kind, decodeSafely(value))}`;
        return param;
      })
      .join("&")
  );
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** `com.apple.security.sos.error`: a name space written backwards from a top-level domain. */
function isReverseDns(v: Vocabulary, name: string): boolean {
  const labels = name.split(".");
  const first = (labels[0] ?? "").toLowerCase();
  return labels.length >= 3 && v.tlds.has(first) && !isHostName(v, name);
}

/** A host every customer reaches, or this machine: kept. */
function isPublicHost(v: Vocabulary, host: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, "");
  return v.wellKnownHosts.has(lower) || v.publicHosts.has(lower);
}

/** Whether a dotted name is a host: its last label is a top-level domain, and it is no product. */
function isHostName(v: Vocabulary, name: string): boolean {
  const labels = name.replace(/\.$/, "").split(".");
  const tld = labels.at(-1) ?? "";
  const lower = tld.toLowerCase();
  if (v.products.has(name.toLowerCase())) return false;
  // `System.Net`, `Contoso.Com`: a capitalised last label is a name space or a class.
  if (/^[A-Z][a-z]+$/.test(tld)) return false;
  if (labels.some((l) => l.length === 0)) return false;
  if (v.tlds.has(lower)) return true;
  if (!/^[a-z]{2}$/i.test(tld)) return false;
  // A two-letter suffix is a country code, unless it is a file extension in a short name
  // (`main.py`, `lib.rs`); `mail.contoso.in` has three labels and is a host.
  return !v.fileExtensions.has(lower) || labels.length >= 3;
}

/** Whether a word with digits after "on", "from" or "to" names technology, not a machine. */
function isTechnical(v: Vocabulary, word: string): boolean {
  const lower = word.toLowerCase();
  return v.technical.some((prefix) => lower.startsWith(prefix));
}

/**
 * A run with slashes that reads as a path of words (`/opt/IBM/WebSphere/AppServer/profiles/AppSrv01`)
 * rather than base64 (`K1SZFPTOtr/KBHBeksoGMGw==`): every part is a word, capitalised words or
 * capitals, with trailing digits.
 */
function looksLikePath(run: string): boolean {
  if (!run.includes("/")) return false;
  return run
    .split(/[/_-]+/)
    .filter(Boolean)
    .every((part) => /^(?:[A-Z]?[a-z]{2,})+\d*$|^[A-Z]{2,5}\d*$|^\d+$/.test(part));
}

/** Whether a run of letters and digits is random: digits, small letters and capitals, no words. */
function looksRandom(run: string): boolean {
  if (run.length < RANDOM_MIN_CHARS) return false;
  if (!/\d/.test(run) || !/[a-z]/.test(run) || !/[A-Z]/.test(run)) return false;
  return !looksLikePath(run);
}

function validIpv4(ip: string): boolean {
  return ip.split(".").every((octet) => Number(octet) <= 255 && !/^0\d/.test(octet));
}

let compiled: Rule[] | undefined;

/** The rules, compiled on first use. */
export function redactionRules(): Rule[] {
  compiled ??= compile(vocabulary());
  return compiled;
}

function compile(v: Vocabulary): Rule[] {
  const rule = (name: string, pattern: RegExp, replace: Replacer | string): Rule => {
    const replacer: Replacer = typeof replace === "string" ? () => replace : replace;
    return { name, apply: (line) => line.replace(pattern, replacer) };
  };
  const hostContext = HOST_CONTEXT_WORDS.join("|");
  return [
    // -----BEGIN RSA PRIVATE KEY-----MIIE…-----END RSA PRIVATE KEY-----, also cut before its END,
    // and a body whose BEGIN was cut off (`…ROiwUQ=\n-----END PRIVATE KEY-----` in JSON).
    rule(
      "private key",
      /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|[\s\S]*$)/g,
      MASK.privateKey,
    ),
    rule(
      "private key end",
      /(?:[A-Za-z0-9+/=]|\\[nr])+-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g,
      MASK.privateKey,
    ),
    // Slack, Teams and Discord webhooks carry their secret in the path.
    rule(
      "webhook",
      /\b(https?:\/\/)(?:hooks\.slack\.com\/(?:services|workflows|triggers)|[\w.-]*webhook\.office\.com\/webhookb2|discord(?:app)?\.com\/api\/webhooks)\/[^\s"'<>]+/gi,
      (_m, scheme) => `${String(scheme)}${MASK.host}/${MASK.secret}`,
    ),
    // https://user:pass@Host.Example.com:8443/path?sig=…: credentials, host and secret parameters.
    rule("url", /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s"'<>()[\]{}|\\^`]+/gi, (m) => maskUrl(v, m)),
    // jdbc:oracle:thin:scott/tiger@//db01:1521/ORCL and sqlplus scott/tiger@ORCL.
    rule(
      "oracle credentials",
      /\b((?:jdbc:oracle:(?:thin|oci):|sqlplus\s+|connect\s+|conn\s+))([\w.$#-]+)\/([^\s@/]+)@/gi,
      (_m, lead) => `${String(lead)}${MASK.user}/${MASK.secret}@`,
    ),
    rule("oracle host", /(@\/\/)([\w.-]+)/g, (_m, lead) => `${String(lead)}${MASK.host}`),
    // Authorization: Bearer eyJ…, Proxy-Authorization: Basic dXNlcjpwYXNz.
    rule(
      "authorization header",
      /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:([A-Za-z][\w-]*)\s+)?([^\s"',;]+)/gi,
      (_m, lead, scheme, value) =>
        scheme && !AUTH_SCHEMES.has(String(scheme).toLowerCase())
          ? `${String(lead)}${MASK.secret} ${MASK.secret}`
          : `${String(lead)}${scheme ? `${String(scheme)} ` : ""}${isMasked(String(value)) ? String(value) : MASK.secret}`,
    ),
    // A credential after its scheme anywhere: "sent Bearer 0123…", "Basic dXNlcjpwYXNz".
    rule(
      "auth scheme",
      /\b(Bearer|Basic|Digest|Negotiate|NTLM|SSWS|SharedAccessSignature|OAuth|AWS4-HMAC-SHA256|token)(\s+)(?![\w-]+=")([\w~+/.=:-]{6,})/gi,
      (m, scheme, space, value) =>
        isMasked(String(value)) ||
        (String(scheme).toLowerCase() === "token" && !credentialLike(v, String(value)))
          ? m
          : `${String(scheme)}${String(space)}${MASK.secret}`,
    ),
    // Cookie: ASP.NET_SessionId=…; .AspNetCore.Cookies=… and Set-Cookie: name=value; Path=/.
    rule("cookie header", /\b((?:set-)?cookie\s*:\s*)([^\r\n]*)/gi, (_m, lead, rest) => {
      const masked = String(rest).replace(
        /(^|;\s*)([^=;\s]+)=([^;]*)/g,
        (pair, sep, name, value) =>
          /^(?:path|domain|expires|max-age|samesite|secure|httponly|priority|partitioned)$/i.test(
            String(name),
          )
            ? pair
            : `${String(sep)}${String(name)}=${value ? MASK.secret : ""}`,
      );
      return `${String(lead)}${masked}`;
    }),
    // Token formats of the cloud and code hosts, as secretlint's and gitleaks' rules define them.
    rule(
      "JSON web token",
      /\beyJ[A-Za-z0-9_-]{4,}\.(?:eyJ)?[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*)?/g,
      MASK.secret,
    ),
    rule(
      "AWS access key",
      /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g,
      MASK.secret,
    ),
    rule(
      "GitHub token",
      /\b(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
      MASK.secret,
    ),
    rule(
      "GitLab token",
      /\b(?:gl(?:pat|dt|ptt|rt|cbt|ft|imt|oas|soat|ffct|agent|wt)-[\w-]{20,}|GR1348941[\w-]{20,})/g,
      MASK.secret,
    ),
    rule(
      "Slack token",
      /\bxox[abposrce]-[A-Za-z0-9-]{10,}|\bxapp-\d-[A-Za-z0-9-]{10,}/g,
      MASK.secret,
    ),
    rule(
      "Stripe key",
      /\b(?:sk|rk|pk)_(?:live|test|prod)_[A-Za-z0-9]{10,}\b|\bwhsec_[A-Za-z0-9]{20,}/g,
      MASK.secret,
    ),
    rule("npm token", /\bnpm_[A-Za-z0-9]{36}\b/g, MASK.secret),
    rule(
      "Google key",
      /\bAIza[\w-]{35}(?![\w-])|\bGOCSPX-[\w-]{20,}|\bya29\.[\w-]{20,}|\b1\/\/0[\w-]{40,}/g,
      MASK.secret,
    ),
    // Microsoft Entra client secrets: three characters, a digit, "Q~", then 31 to 34.
    rule(
      "Azure client secret",
      /(?<![\w~.])[\w~.]{3}\d[Q8]~[\w~.-]{31,34}(?![\w~.-])/g,
      MASK.secret,
    ),
    rule(
      "other key formats",
      /\b(?:sk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}|hf_[A-Za-z]{30,}|SG\.[\w-]{16,}\.[\w-]{20,}|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}|dop_v1_[a-f0-9]{64}|AKCp[A-Za-z0-9]{60,}|pypi-AgE[\w-]{50,})/g,
      MASK.secret,
    ),
    rule(
      "GUID",
      /\{?\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b\}?/gi,
      MASK.guid,
    ),
    // .NET configuration: <add key="ApiKey" value="…"/> and <password>…</password>.
    rule(
      "XML setting",
      /\b(key\s*=\s*)(["'])([^"']*)\2(\s+value\s*=\s*)(["'])([^"']*)\5/gi,
      (m, k, q, key, between, q2, value) => {
        const kind = classifyKey(v, String(key));
        if (!kind) return m;
        const masked =
          kind === "secret" ? maskSecret(v, String(value)) : maskIdentity(v, kind, String(value));
        return `${String(k)}${String(q)}${String(key)}${String(q)}${String(between)}${String(q2)}${masked}${String(q2)}`;
      },
    ),
    rule("XML element", /<([\w:.-]+)>([^<]+)<\/\1>/g, (m, tag, value) => {
      const kind = classifyKey(v, String(tag).replace(/^[\w.-]+:/, ""));
      if (!kind) return m;
      const masked =
        kind === "secret" ? maskSecret(v, String(value)) : maskIdentity(v, kind, String(value));
      return `<${String(tag)}>${masked}</${String(tag)}>`;
    }),
    // Active Directory names: CN=John Doe,OU=Finance,DC=contoso,DC=com (a certificate's
    // CN=DigiCert Global Root G2,O=DigiCert Inc has no DC= and is kept).
    rule(
      "directory name",
      /\b((?:(?:CN|OU)=(?:\\,|[^,=\r\n])+,\s*)*)((?:DC=[^,=\s]+,?\s*)+)/gi,
      (m, named, dcs) => {
        if (!/DC=/i.test(String(dcs))) return m;
        const people = String(named).replace(/\b(CN|OU)=((?:\\,|[^,=])+)/gi, (pair, kind, value) =>
          /^(?:Users|Computers|Builtin|System|Domain Controllers|Program Data|Managed Service Accounts)$/i.test(
            String(value).trim(),
          )
            ? pair
            : `${String(kind)}=${String(kind).toUpperCase() === "CN" ? MASK.user : MASK.tenant}`,
        );
        return `${people}${String(dcs).replace(/(DC=)[^,=\s]+/gi, `$1${MASK.domain}`)}`;
      },
    ),
    // A syslog header names its host after the time, wherever the line was forwarded:
    // `Jun 14 15:16:01 combo sshd[…]:`, `<34>1 2026-11-24T10:15:32Z web-01 app:`. The
    // Thunderbird supercomputer logs (Loghub) name it twice at the start of the line.
    rule(
      "syslog host",
      /((?:^|(?<![\w:.-]))(?:<\d{1,3}>\d?\s*)?(?:[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)\s+)([A-Za-z0-9][\w.-]*)(?=\s+[\w./()-]+(?:\[\d+\])?:)/g,
      (m, lead, host) =>
        v.wellKnownHosts.has(String(host).toLowerCase()) ? m : `${String(lead)}${MASK.host}`,
    ),
    rule(
      "cluster log host",
      /^(- \d+ \d{4}\.\d{2}\.\d{2} )(\S+)( [A-Z][a-z]{2} +\d{1,2} \d{2}:\d{2}:\d{2} )(\S+?)(?=\s)/,
      (_m, a, _host, b) => `${String(a)}${MASK.host}${String(b)}${MASK.host}`,
    ),
    // \\FS01\Finance$\Reports → \\[host]\[share]\Reports; \\DC01\SYSVOL keeps its share, and
    // a home share names its user next: \\FS02\Users$\jdoe → \\[host]\[share]\[user].
    rule(
      "UNC path",
      /(?<![\w\\:])(\\\\(?:\\\\)?)([A-Za-z0-9][\w.-]*)(\\{1,2})([^\s\\"'<>|:]+)?(?:(\\{1,2})([^\s\\"'<>|:]+))?/g,
      (_m, lead, host, sep, share, sep2, next) => {
        const machine = IPV4.test(String(host)) ? MASK.ip : MASK.host;
        const s = share === undefined ? "" : String(share);
        const shareMask = !s || v.wellKnownShares.has(s.toLowerCase()) ? s : MASK.share;
        const home =
          /^(?:users|home|homes|profiles?|userdata|redirect(?:ed)?(?:folders)?)\$?$/i.test(s);
        const rest = next === undefined ? "" : `${String(sep2)}${home ? MASK.user : String(next)}`;
        return `${String(lead)}${machine}${String(sep)}${shareMask}${rest}`;
      },
    ),
    // Machine accounts: SRV-APP01$, WS042$ (a NetBIOS name and a dollar sign).
    rule(
      "machine account",
      /(?<![\w$\\-])([A-Za-z0-9][A-Za-z0-9-]{1,14})\$(?![\w$])/g,
      (m, name) => {
        const n = String(name);
        if (v.wellKnownShares.has(`${n.toLowerCase()}$`)) return m;
        return /\d/.test(n) || n === n.toUpperCase() ? `${MASK.host}$` : m;
      },
    ),
    // CONTOSO\jdoe → [domain]\[user]; NT AUTHORITY\SYSTEM, BUILTIN\Administrators and
    // HKLM\SOFTWARE are kept, and so are paths (C:\Windows\System32, logs\agent.log).
    rule(
      "domain account",
      /(?<![\w\\/:.$%-])(NT AUTHORITY|NT SERVICE|IIS APPPOOL|[A-Za-z][\w.-]{0,14})(\\{1,2})([A-Za-z0-9][\w.$-]{0,63}(?: [A-Z][A-Za-z]+)?)(?![\w\\/$-])/g,
      (m, domain, sep, user) => {
        const d = String(domain).toLowerCase();
        const u = String(user);
        const extension = /\.([A-Za-z0-9]{1,10})$/.exec(u)?.[1]?.toLowerCase();
        if (v.wellKnownDomains.has(d) || d.startsWith("hkey_")) return m;
        if (extension && !/^\d+$/.test(extension) && extension.length <= 10) {
          // logs\agent.log is a path; CONTOSO\john.doe is a person: a path's last part has a
          // file extension of letters that is not a surname's ending.
          if (!/^[a-z]{2,}$/i.test(u.slice(0, u.lastIndexOf(".")))) return m;
          if (
            /^(?:log|txt|jar|exe|dll|xml|json|config|cfg|ini|ps1|bat|cmd|sys|msi|zip|pem|crt|cer|pfx|key|ya?ml|properties|conf|csv|dat|db|sql|py|js|ts|java|class|out|err|trc|evtx|etl|dmp|tmp|bak|old)$/i.test(
              extension,
            )
          )
            return m;
        }
        const keepUser = v.wellKnownAccounts.has(u.toLowerCase());
        return `${MASK.domain}${String(sep)}${keepUser ? u : MASK.user}`;
      },
    ),
    // Home folders: /home/jdoe, /Users/jdoe, C:\Users\jdoe (escaped in JSON too), and the tenant
    // in a OneDrive folder ("OneDrive - Contoso Ltd").
    rule(
      "home folder",
      /((?:^|[\s"'=(:])(?:\/(?:export\/)?home|\/Users|\/var\/mail)\/)([^\s/"'<>:]+)/g,
      (m, lead, name) =>
        v.wellKnownProfiles.has(String(name).toLowerCase()) || isMasked(String(name))
          ? m
          : `${String(lead)}${MASK.user}`,
    ),
    rule(
      "Windows profile",
      /(\b[A-Za-z]:(?:\\{1,2}|\/)(?:Users|Documents and Settings)(?:\\{1,2}|\/))([^\\/"'<>|\r\n:]+?)(?=\\|\/|$|["'\s,;)])/gi,
      (m, lead, name) =>
        v.wellKnownProfiles.has(String(name).toLowerCase()) ? m : `${String(lead)}${MASK.user}`,
    ),
    rule(
      "OneDrive tenant",
      /\b(OneDrive - )([^\\/"'<>|\r\n]+)/g,
      (_m, lead) => `${String(lead)}${MASK.tenant}`,
    ),
    // curl -u deploy:Tr0ub4dor, and the options of database and registry clients:
    // mysql -h db01 -u app -pS3cret, sqlcmd -S SQL01 -U sa -P S3cret, docker login -u jdoe -p S3cret.
    rule(
      "user and password option",
      /((?<![\w-])(?:-u|--user)\s+)([^\s:"']+):([^\s"']+)/g,
      (_m, lead) => `${String(lead)}${MASK.user}:${MASK.secret}`,
    ),
    rule(
      "client options",
      /\b(mysql|mysqldump|mysqladmin|mariadb|psql|pg_dump|sqlcmd|bcp|osql|docker\s+login|podman\s+login|helm\s+registry\s+login)\b[^\r\n]*/gi,
      (command, tool) => {
        const sqlServer = /^(?:sqlcmd|bcp|osql)$/i.test(String(tool));
        return command.replace(
          /(\s)(-p\s*|-P\s+|-u\s*|-U\s+|-h\s*|-H\s+|-S\s+)("[^"]*"|'[^']*'|[^\s"'-][^\s"')]*)/g,
          (option, space, flag, value) => {
            const f = String(flag).trim();
            const val = String(value);
            if (isMasked(val)) return option;
            // mysql's -P is its port, its -S a socket; sqlcmd's -P is the password, -S the server.
            const kind =
              f === "-p" || (f === "-P" && sqlServer)
                ? MASK.secret
                : f === "-u" || f === "-U"
                  ? v.wellKnownAccounts.has(val.toLowerCase())
                    ? undefined
                    : MASK.user
                  : (f === "-h" && !/^(?:sqlcmd|bcp|osql)$/i.test(String(tool))) ||
                      (f === "-S" && sqlServer)
                    ? MASK.host
                    : undefined;
            return kind ? `${String(space)}${String(flag)}${kind}` : option;
          },
        );
      },
    ),
    // key=value, "key": "value", --key=value, `Key: value`, keys of several words where a key
    // starts (`;User ID=…`, `Account Name:  jdoe`). The key says what the value is.
    { name: "key=value", apply: (line) => redactPairs(v, line) },
    // Passwords in prose: "password is hunter2xyz", "with password 'Winter2024!'".
    rule(
      "password in prose",
      /\b(password|passwd|passphrase|pwd|pin|secret|api key|apikey|token)(\s+(?:is|was|=|:|set to|is set to|was set to|of)\s+|\s+)(['"]?)([^\s'"]+)\3/gi,
      (m, key, sep, quote, value) => {
        const text = String(value).replace(/[.,;:!?)]+$/, "");
        const tail = String(value).slice(text.length);
        if (!text || isMasked(text) || text.startsWith("[") || v.prose.has(text.toLowerCase()))
          return m;
        const spoken = /\S/.test(String(sep));
        // A bracket or a path starts no password: "token (expired)", "token C:\\Users\\…".
        if (/^(?:[([{<]|[A-Za-z]:[\\/]|\/|\\)/.test(text)) return m;
        if (!spoken && !quote && !credentialLike(v, text)) return m;
        const q = String(quote);
        return `${String(key)}${String(sep)}${q}${MASK.secret}${q}${tail}`;
      },
    ),
    // Command-line flags with a space: --password hunter2, --token abc, --host db01.
    rule(
      "flag",
      /((?<![\w.-])--?([A-Za-z][\w-]*)\s+)("[^"]*"|'[^']*'|[^\s"'-][^\s"']*)/g,
      (m, lead, name, value) => {
        if (isMasked(String(value))) return m;
        const kind = classifyKey(v, String(name));
        if (kind === "secret") return `${String(lead)}${maskSecret(v, String(value))}`;
        if (kind) return `${String(lead)}${maskIdentity(v, kind, String(value))}`;
        return m;
      },
    ),
    // "Invalid user webmaster from 173.234.31.186", "Failed password for fztu from …",
    // "Login failed for user 'svc_sql'".
    rule(
      "user in prose",
      /\b((?:for|invalid|illegal|unknown|for invalid)\s+user\s+|password for\s+(?=\S+\s+from\b))(['"]?)([^\s'"]+)\2/gi,
      (m, lead, quote, name) => {
        const n = String(name).replace(/[.,;:]+$/, "");
        const tail = String(name).slice(n.length);
        const lower = n.toLowerCase();
        if (!n || n.includes("[") || v.notUsers.has(lower) || v.wellKnownAccounts.has(lower))
          return m;
        const q = String(quote);
        return `${String(lead)}${q}${MASK.user}${q}${tail}`;
      },
    ),
    // Resolver errors name the host they could not find: UnknownHostException: siem-collector,
    // getaddrinfo ENOTFOUND siem-gw01, Could not resolve host: siem-gw.contoso.local.
    rule(
      "host in resolver error",
      /\b(UnknownHostException:?\s*|ENOTFOUND\s+|EAI_AGAIN\s+|[Cc]ould not resolve host(?:name)?:?\s+|[Uu]nknown host:?\s+|No such host is known[.:]?\s*\(?)(['"]?)([A-Za-z0-9][\w.-]*[\w])\2/g,
      (m, lead, quote, host) =>
        isMasked(String(host)) || isPublicHost(v, String(host))
          ? m
          : `${String(lead)}${String(quote)}${IPV4.test(String(host)) ? MASK.ip : MASK.host}${String(quote)}`,
    ),
    // Tenants and directories named in prose: "was not found in the directory 'Contoso Ltd'".
    rule(
      "tenant in prose",
      /\b((?:directory|tenant|organization|organisation)\s+)(['"])([^'"\r\n]{1,100})\2/gi,
      (m, lead, quote, name) =>
        String(name).includes("[")
          ? m
          : `${String(lead)}${String(quote)}${MASK.tenant}${String(quote)}`,
    ),
    // E-mail addresses and user principal names, and Kerberos principals (`HTTP/srv01@CONTOSO`).
    rule("e-mail", /\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g, MASK.email),
    rule(
      "user at host",
      /(?<![\w.+-])([A-Za-z][\w.+-]*)@([A-Za-z][\w-]*)(?![\w.(-])/g,
      (m, _user, host) => (/[g-z]/i.test(String(host)) ? MASK.email : m),
    ),
    // S-1-5-21-3623811015-3361044348-30300820-1013, whole; S-1-5-18 and S-1-5-32-544 are
    // well known and kept.
    rule("SID", /\bS-1-\d{1,2}(?:-\d+){2,14}\b/g, (m) =>
      m.split("-").length - 2 >= SID_MIN_PARTS ? MASK.sid : m,
    ),
    // Azure resource ids: /subscriptions/…/resourceGroups/RG-Prod01/providers/…/virtualMachines/VM01.
    rule(
      "Azure resource",
      /(\/resourcegroups\/)([^/\s"'?#]+)|(\/providers\/[\w.]+\/[\w]+\/)([^/\s"'?#]+)/gi,
      (_m, rg, _name, provider) =>
        rg ? `${String(rg)}${MASK.resource}` : `${String(provider)}${MASK.resource}`,
    ),
    // 00:15:5D:01:02:03, 00-15-5D-01-02-03 and Cisco's 0015.5d01.0203.
    rule(
      "MAC address",
      /\b[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}\b|\b[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\b/gi,
      MASK.mac,
    ),
    // IPv6: eight groups, or fewer with "::". Times (10:15:32, 22:15:29:606) have neither.
    rule(
      "IPv6 address",
      /(?<![\w:.])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{0,4}::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,7}:)(?:%\w+)?(?![\w:])/gi,
      (m) => (m === "::" || /^[a-z]+::[a-z]+$/i.test(m) ? m : MASK.ip),
    ),
    // IPv4, with each number at most 255; "version 1.2.3.4" is a version, and 127.x and 0.0.0.0
    // (this machine) identify no one.
    rule(
      "IPv4 address",
      /(?<![\w.])((?:v|ver|version|build)[\s:]?)?((?:\d{1,3}\.){3}\d{1,3})(?![\w]|\.\d)/gi,
      (m, version, ip) => {
        if (version || !validIpv4(String(ip))) return m;
        if (/^(?:127\.|0\.0\.0\.0$)/.test(String(ip))) return m;
        return MASK.ip;
      },
    ),
    // +1 (425) 555-0100, +44 20 7946 0958, (425) 555-0100, 425-555-0100.
    rule(
      "phone number",
      /(?<![\w+-])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{2,4}){1,4}|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}|\d{3}([.-])\d{3}\1\d{4})(?![\w-])/g,
      (m) => {
        const digits = m.replace(/\D/g, "").length;
        return digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max ? MASK.phone : m;
      },
    ),
    // Host names in any case: SRV-DC01.contoso.local, Build01.Corp.Example.com,
    // MININT-FNANLI5.fareast.corp.microsoft.com. Not com.example.Agent, System.Net.WebException
    // or mcas-siemagent-0.111.126-signed.jar, whose last labels are no top-level domain.
    rule(
      "host name",
      /(?<![\w.@\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,12}[A-Za-z][A-Za-z0-9-]{1,23}\.?(?![\w-]|\.[A-Za-z0-9]|\()/g,
      (m) => (isHostName(v, m) && !isPublicHost(v, m) ? MASK.host : m),
    ),
    // siemagent01:514, sql-prod-01:1433: a machine's own name before a port.
    rule(
      "host and port",
      /(?<![\w.@/\\:-])([A-Za-z][A-Za-z0-9-]*(?:\d|-)[A-Za-z0-9-]*):(\d{2,5})(?![\d.:])/g,
      (m, name, port) =>
        isTechnical(v, String(name)) || v.wellKnownHosts.has(String(name).toLowerCase())
          ? m
          : `${MASK.host}:${String(port)}`,
    ),
    // "connection to siemagent01 failed", "agent on SRV-DC01 stopped", "logon from WS042".
    rule(
      "host in prose",
      new RegExp(
        String.raw`\b((?:${hostContext})\s+(?:(?:host|server|machine|computer|node)\s+)?)(['"]?)([A-Za-z][A-Za-z0-9-]{2,62})\2(?=$|[\s.,;:)\]'"])`,
        "gi",
      ),
      (m, lead, quote, name) => {
        const n = String(name);
        if (!/\d/.test(n) || !/[a-z].*[a-z]|[A-Z].*[A-Z]/i.test(n) || isTechnical(v, n)) return m;
        return `${String(lead)}${String(quote)}${MASK.host}${String(quote)}`;
      },
    ),
    // Keys and tokens with no key in sight: long runs of letters and digits in both cases.
    rule("random string", /(?<![\w/+=.\\-])[A-Za-z0-9+/_-]{20,}={0,2}(?![\w/+=-])/g, (m) =>
      looksRandom(m.replace(/=+$/, "")) ? MASK.secret : m,
    ),
    // Azure DevOps personal access tokens: 52 characters of base32, lower case.
    rule("Azure DevOps token", /\b(?=[a-z2-7]*\d)[a-z2-7]{52}\b/g, MASK.secret),
    rule("long hex", /\b0x[0-9a-f]+\b|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,}\b/gi, (m) =>
      m.toLowerCase().startsWith("0x")
        ? m.length - 2 > HEX_CODE_MAX_DIGITS
          ? MASK.hex
          : m
        : m.length >= HEX_MIN_CHARS
          ? MASK.hex
          : m,
    ),
  ];
}
