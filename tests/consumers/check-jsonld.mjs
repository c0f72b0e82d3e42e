// Expands a JSON export with jsonld.js in safe mode (which throws on any
// term it would drop), offline: the W3C context comes from anno.jsonld
// beside this script, and no other remote context is loaded.
//   node check-jsonld.mjs NODE_MODULES EXPORT.json
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [modules, file] = process.argv.slice(2);
const require = createRequire(join(modules, 'node_modules', 'x.js'));
const jsonld = require('jsonld');
const here = dirname(fileURLToPath(import.meta.url));
const anno = JSON.parse(readFileSync(join(here, 'anno.jsonld'), 'utf8'));

const documentLoader = async (url) => {
  if (url === 'http://www.w3.org/ns/anno.jsonld')
    return { contextUrl: null, documentUrl: url, document: anno };
  throw new Error(`remote context refused: ${url}`);
};

const doc = JSON.parse(readFileSync(file, 'utf8'));
// "safe" is jsonld.js's safe mode: it throws instead of dropping what it cannot expand.
const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
const text = JSON.stringify(expanded);
const must = ['https://lectern.github.io/ns/text', 'http://purl.org/dc/terms/title',
              'https://lectern.github.io/ns/note'];
if (doc.total > 0)
  must.push('http://www.w3.org/ns/oa#exact');
for (const iri of must) {
  if (!text.includes(iri)) {
    console.error(`expansion lost ${iri}`);
    process.exit(1);
  }
}
console.log('ok');
