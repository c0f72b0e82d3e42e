// Renders a Markdown export with markdown-it (CommonMark mode) and checks
// what a reader sees: one block quote per highlight, no block id left as
// a paragraph of its own, no script link, front matter as a rule only.
//   node check-markdown.mjs NODE_MODULES EXPORT.md N_HIGHLIGHTS
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [modules, file, expected] = process.argv.slice(2);
const require = createRequire(join(modules, 'node_modules', 'x.js'));
const MarkdownIt = require('markdown-it');
const md = new MarkdownIt('commonmark');

let source = readFileSync(file, 'utf8');
// Front matter is YAML for notes vaults, not Markdown: drop it as they do.
if (source.startsWith('---\n'))
  source = source.slice(source.indexOf('\n---\n', 4) + 5);
const tokens = md.parse(source, {});
const html = md.render(source);
const failures = [];

const quotes = tokens.filter((t) => t.type === 'blockquote_open' && t.level === 0).length;
if (quotes !== Number(expected))
  failures.push(`${quotes} block quotes, expected ${expected}`);
tokens.forEach((t, i) => {
  if (t.type === 'inline' && /^\^[A-Za-z0-9-]+$/.test(t.content.trim()))
    failures.push(`block id shown as a paragraph: ${t.content}`);
});
if (/href="\s*javascript:/i.test(html))
  failures.push('a javascript: link is live');
if (/<script/i.test(html))
  failures.push('raw HTML is live');
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('ok');
