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

// Each highlight is a block quote followed by its metadata paragraph,
// which ends with the block id. Notes are the user's Markdown and may hold
// quotes of their own, so highlights are counted by their ids; a note that
// swallowed what follows would hide the later ones.
const top = tokens.filter((t) => t.level === 0 && !t.type.endsWith('_close'));
let highlights = 0;
top.forEach((t, i) => {
  if (t.type !== 'paragraph_open')
    return;
  const inline = tokens[tokens.indexOf(t) + 1];
  if (!/ \^hl-[0-9a-z]+$/.test(inline.content))
    return;
  highlights++;
  if (i === 0 || top[i - 1].type !== 'blockquote_open')
    failures.push(`no block quote before ${inline.content}`);
});
if (highlights !== Number(expected))
  failures.push(`${highlights} highlights with their block id, expected ${expected}`);
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
