import fc from 'fast-check';
import { chromium } from 'playwright-core';
import { it } from 'vitest';
import { FIELDS } from '../src/core/fields';
import { type GeneratedPage, judge, type Outcome, pageArbitrary } from '../tests/corpus/joom-pages';
import { benchBundle } from './bundle';

// The reader over 2,400 generated Joom pages with known answers, in real Chromium (so off-screen and zero-size
// hiding count too): outcomes per layout and per decoy kind. A fixed seed and a random one, printed.

const PAGES = 1200;
type Field = 'storeId' | 'clientId' | 'secret';
type Decision = { value?: string; ambiguous: boolean };

it('reader over generated pages: wrong, decided, per layout and decoy', async () => {
  const script = await benchBundle();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  // Nothing leaves the machine: the one page the reader runs in is answered here.
  await page.route('**/*', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><body></body>' }));
  await page.goto('https://merchant.joom.com/bench');
  await page.addScriptTag({ content: script });

  const seeds = [20261130, Math.floor(Math.random() * 2 ** 31)];
  const totals: Record<Outcome, number> = { right: 0, ambiguousRight: 0, wrong: 0, undecided: 0, falseAmbiguous: 0 };
  const byLayout = new Map<string, Record<Outcome, number>>();
  const byDecoy = new Map<string, Record<Outcome, number>>();
  const failures: string[] = [];
  const bump = (map: Map<string, Record<Outcome, number>>, key: string, outcome: Outcome) => {
    const row = map.get(key) ?? { right: 0, ambiguousRight: 0, wrong: 0, undecided: 0, falseAmbiguous: 0 };
    row[outcome]++;
    map.set(key, row);
  };
  const started = performance.now();
  for (const seed of seeds) {
    const pages: GeneratedPage[] = fc.sample(pageArbitrary({ layoutEngine: true }), { numRuns: PAGES, seed });
    for (let start = 0; start < pages.length; start += 100) {
      const batch = pages.slice(start, start + 100);
      const decisions = await page.evaluate(
        (htmls) => htmls.map((html) => (window as unknown as { benchmark: { decidePage(html: string): Record<Field, Decision> } }).benchmark.decidePage(html)),
        batch.map((generated) => generated.html),
      );
      for (const [index, generated] of batch.entries()) {
        for (const field of FIELDS) {
          const outcome = judge(generated.expected[field], decisions[index]?.[field] ?? { ambiguous: false });
          if (!outcome) continue;
          totals[outcome]++;
          bump(byLayout, `${generated.kind}/${generated.layout}${generated.weakLabel ? ' (bare ID)' : ''}`, outcome);
          for (const decoy of generated.decoys.length ? generated.decoys : ['none'])
            bump(byDecoy, decoy === 'hiddenWidget' ? `hiddenWidget/${generated.hiding}` : decoy, outcome);
          if (outcome !== 'right' && outcome !== 'ambiguousRight' && failures.length < 5)
            failures.push(`${outcome} ${field} (seed ${seed}): ${generated.html}`);
        }
      }
    }
  }
  const elapsed = performance.now() - started;
  await browser.close();

  const decided = totals.right + totals.ambiguousRight;
  const judged = decided + totals.wrong + totals.undecided + totals.falseAmbiguous;
  const line = (key: string, row: Record<Outcome, number>) => {
    const all = Object.values(row).reduce((a, b) => a + b, 0);
    return `  ${key.padEnd(28)} ${String(all).padStart(5)} judged  ${String(row.right + row.ambiguousRight).padStart(5)} decided  ${String(row.wrong).padStart(3)} wrong  ${String(row.undecided + row.falseAmbiguous).padStart(3)} undecided`;
  };
  console.log(
    [
      `reader over ${PAGES * seeds.length} generated pages (seeds ${seeds.join(', ')}), real Chromium, ${(elapsed / (PAGES * seeds.length)).toFixed(2)} ms a page:`,
      `  ${judged} fields judged: ${totals.right} right, ${totals.ambiguousRight} rightly ambiguous, ${totals.wrong} wrong, ${totals.undecided} undecided, ${totals.falseAmbiguous} falsely ambiguous — ${((100 * decided) / judged).toFixed(2)} % decided`,
      'per layout:',
      ...[...byLayout].sort().map(([key, row]) => line(key, row)),
      'per decoy:',
      ...[...byDecoy].sort().map(([key, row]) => line(key, row)),
      ...(failures.length ? ['first failures:', ...failures] : []),
    ].join('\n'),
  );
});
