/**
 * `npm run score`: the matcher's score on every paste corpus. The misses of the tuning corpora
 * are listed; held-out corpora print their score only (`--verbose` lists their misses too).
 *
 * `--check` compares every corpus with the ratchet (`tests/fixtures/pastes/outcomes.json`) and
 * exits 1 when a paste that passed now fails; held-out regressions are counted, not named, unless
 * `--verbose`. `--update` records the current outcomes as the new ratchet, and refuses while any paste regressed
 * unless `--accept-regressions` says so. `--tuning` scores only the corpora
 * tuned on.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { CORPORA, CORPUS_DIR } from "./corpus/corpus";
import { check, outcomesOf, type Ratchet, readRatchet, writeRatchet } from "./corpus/ratchet";

async function main(): Promise<number> {
  const verbose = process.argv.includes("--verbose");
  const update = process.argv.includes("--update");
  // While tuning: the corpora tuned on, and nothing of the held-out ones.
  const tuningOnly = process.argv.includes("--tuning");
  if (update && tuningOnly) throw new Error("--update records every corpus: drop --tuning");
  const ratchet = existsSync(path.join(CORPUS_DIR, "outcomes.json")) ? readRatchet() : {};
  const next: Ratchet = {};
  let regressions = 0;
  for (const corpus of CORPORA) {
    if (!existsSync(path.join(CORPUS_DIR, `${corpus.name}.yaml`))) continue;
    if (tuningOnly && corpus.heldOut) continue;
    const { passed, verdicts, regressed, improved } = await check(corpus, ratchet);
    next[corpus.name] = outcomesOf(verdicts);
    regressions += regressed.length;
    const share = ((100 * passed) / verdicts.length).toFixed(1);
    console.log(
      `${corpus.name} (${corpus.kb}): ${passed}/${verdicts.length} = ${share}%` +
        (regressed.length ? `, ${regressed.length} regressed` : "") +
        (improved.length ? `, ${improved.length} newly passing` : ""),
    );
    // The pastes that must match nothing (other software's errors): how many got no confident match.
    const negatives = verdicts.filter((v) => v.paste.expect.length === 0);
    const clean = negatives.filter((v) => v.matched.length === 0).length;
    console.log(`  must match nothing: ${clean}/${negatives.length} with no confident match`);
    if (corpus.heldOut && !verbose) continue;
    for (const v of verdicts.filter((x) => !x.ok)) {
      console.log(
        `  ${regressed.includes(v) ? "REGRESSED" : "miss"}: ${v.paste.name}: expected [${v.paste.expect}] got [${v.matched}] related [${v.related}]`,
      );
    }
  }
  if (update && regressions > 0 && !process.argv.includes("--accept-regressions")) {
    console.error(
      `${regressions} paste(s) regressed: the ratchet is not updated. Fix them, or record them ` +
        "deliberately with --update --accept-regressions.",
    );
    return 1;
  }
  if (update) {
    writeRatchet(next);
    console.log(
      `ratchet updated: ${path.relative(process.cwd(), path.join(CORPUS_DIR, "outcomes.json"))}`,
    );
    return 0;
  }
  if (process.argv.includes("--check") && regressions > 0) {
    console.error(`${regressions} paste(s) regressed against the ratchet.`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(3);
  },
);
