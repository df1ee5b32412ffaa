// `npm run bench`: prints numbers, asserts nothing. Parts: extraction + load,
// then (when present) the web and server benches.
import { join } from 'node:path';
import { benchExtraction } from './extract';

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const args = process.argv.slice(2);
  const articlesArg = args.find((a) => a.startsWith('--articles='));
  const articles = articlesArg ? Number(articlesArg.split('=')[1]) : 2000;
  console.log(`# simpul bench — node ${process.version}, one process`);
  await benchExtraction(root, articles);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
