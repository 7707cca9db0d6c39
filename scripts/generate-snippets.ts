// Writes snippets/kubernetes-pods.json (the snippets the extension contributes for YAML) from the
// snippet catalog the language server also uses; `--check` fails when the file is stale (CI runs it).
import fs from 'node:fs';
import path from 'node:path';
import { SNIPPETS } from '../server/src/service/snippets/catalog';

export const SNIPPET_FILE = path.join(__dirname, '..', 'snippets', 'kubernetes-pods.json');

export function renderSnippetFile(): string {
  const entries: Record<string, { prefix: string; description: string; body: readonly string[] }> = {};
  for (const s of SNIPPETS) {
    if (entries[s.name]) throw new Error(`two snippets are named "${s.name}"`);
    entries[s.name] = { prefix: s.prefix, description: s.description, body: s.body };
  }
  return `${JSON.stringify(entries, null, 2)}\n`;
}

if (require.main === module) {
  const text = renderSnippetFile();
  const relative = path.relative(process.cwd(), SNIPPET_FILE);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(SNIPPET_FILE) ? fs.readFileSync(SNIPPET_FILE, 'utf8') : '';
    if (current !== text) {
      console.error(`${relative} is stale: run "npm run snippets"`);
      process.exit(1);
    }
    console.log(`${relative} is up to date`);
  } else {
    fs.writeFileSync(SNIPPET_FILE, text);
    console.log(`wrote ${relative} (${SNIPPETS.length} snippets)`);
  }
}
