/**
 * `npm run score`: the matcher's score on every paste corpus. The misses of the tuning corpora
 * are listed; held-out corpora print their score only (`--verbose` lists their misses too).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { CORPORA, CORPUS_DIR, score } from "./corpus/corpus";

async function main(): Promise<void> {
  for (const corpus of CORPORA) {
    if (!existsSync(path.join(CORPUS_DIR, `${corpus.name}.yaml`))) continue;
    const { passed, verdicts } = await score(corpus);
    const share = ((100 * passed) / verdicts.length).toFixed(1);
    console.log(`${corpus.name} (${corpus.kb}): ${passed}/${verdicts.length} = ${share}%`);
    // The pastes that must match nothing (other software's errors): how many got no confident match.
    const negatives = verdicts.filter((v) => v.paste.expect.length === 0);
    const clean = negatives.filter((v) => v.matched.length === 0).length;
    console.log(`  must match nothing: ${clean}/${negatives.length} with no confident match`);
    if (corpus.heldOut && !process.argv.includes("--verbose")) continue;
    for (const v of verdicts.filter((x) => !x.ok)) {
      console.log(
        `  miss: ${v.paste.name}: expected [${v.paste.expect}] got [${v.matched}] related [${v.related}]`,
      );
    }
  }
}

void main();
