/**
 * `npm run score`: the matcher's score on the tuning and held-out paste corpora, with each miss.
 */
import { judge, readCorpus, realIndex } from "../tests/support/corpus";

async function main(): Promise<void> {
  const index = await realIndex();
  for (const name of ["tuning", "held-out"] as const) {
    const pastes = readCorpus(name);
    const verdicts = pastes.map((p) => judge(index, p));
    const passed = verdicts.filter((v) => v.ok).length;
    console.log(
      `${name}: ${passed}/${pastes.length} = ${((100 * passed) / pastes.length).toFixed(1)}%`,
    );
    if (process.argv.includes("--verbose") || name === "tuning") {
      for (const v of verdicts.filter((x) => !x.ok)) {
        console.log(
          `  miss: ${v.paste.name}: expected [${v.paste.expect}] got [${v.matched}] related [${v.related}]`,
        );
      }
    }
  }
}

void main();
