import { beforeAll, describe, expect, it } from "vitest";
import { type LookupIndex, lookup } from "@/lib/lookup";
import { tokenize } from "@/lib/lookup/text";
import { realIndex } from "../../scripts/corpus/corpus";

let index: LookupIndex;
beforeAll(async () => {
  index = await realIndex();
});

describe("segmenting Japanese, Chinese and Korean", () => {
  it("splits text written without spaces into words", () => {
    expect(tokenize("データサーバー接続エラー")).toEqual(["データ", "サーバー", "接続", "エラー"]);
    expect(tokenize("資料伺服器連線錯誤")).toEqual(["資料", "伺服器", "連線", "錯誤"]);
  });
  it("drops particles and reads brackets and full-width forms like ASCII", () => {
    expect(tokenize("SIEM エージェントのエラー")).toEqual(["siem", "エージェント", "エラー"]);
    expect(tokenize("연결 오류가")).toEqual(["연결", "오류"]);
    expect(tokenize("【切断】")).toEqual(tokenize("[切断]"));
    expect(tokenize("ＩＮＶＡＬＩＤ　ＴＯＫＥＮ")).toEqual(["invalid", "token"]);
    expect(tokenize("Déconnecté")).toEqual(tokenize("Deconnecte"));
  });
});

/** One paste per language of the translated articles, from the facts' table of names. */
const LOCALISED: [string, string, string][] = [
  ["fr", "Erreur de connexion", "connection-error"],
  ["pt", "Erro de envio do servidor de dados", "data-server-send-error"],
  ["es", "Error interno.", "internal-error"],
  ["ja", "状態: 接続エラー", "connection-error"],
  ["ko", "데이터 서버 연결 오류", "data-server-connection-error"],
  ["zh-Hant", "SIEM 代理程式通知錯誤", "siem-agent-notification-error"],
  ["nl", "SIEM-agentfout", "siem-agent-error"],
  ["ru", "Отключен", "disconnected"],
];

describe("pastes in the portal's other languages", () => {
  it.each(LOCALISED)("%s: %s", (lang, text, id) => {
    const { matches } = lookup(index, text);
    expect(matches.map((h) => h.entry.id)).toEqual([id]);
    expect(matches[0]?.languages).toContain(lang);
  });

  it("keeps near-twins apart across languages", () => {
    const ids = (text: string) => lookup(index, text).matches.map((h) => h.entry.id);
    expect(ids("データ サーバー接続エラー")).toEqual(["data-server-connection-error"]);
    expect(ids("接続エラー")).toEqual(["connection-error"]);
    expect(ids("Erreur de connexion du serveur de données")).toEqual([
      "data-server-connection-error",
    ]);
  });

  it("applies the foreign-product guard to short translated statuses", () => {
    for (const text of ["FortiClient VPN 状態: 切断", "Casque Bluetooth Jabra déconnecté"]) {
      expect(lookup(index, text).matches, text).toEqual([]);
    }
  });

  it("says nothing about a language when the English name matched", () => {
    expect(lookup(index, "Disconnected").matches[0]?.languages).toBeUndefined();
  });
});

describe("a localised status quoted in prose", () => {
  it("typographic quotation marks set it apart like plain ones", () => {
    for (const text of [
      "Le statut de l'agent est « Déconnecté » depuis ce matin",
      "El agente aparece «Desconectado» en el portal",
    ]) {
      expect(
        lookup(index, text).matches.map((h) => h.entry.id),
        text,
      ).toEqual(["disconnected"]);
    }
    expect(lookup(index, "WiFi “disconnected” again").matches).toEqual([]);
  });
});
