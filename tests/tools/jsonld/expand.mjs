// Expands the JSON-LD document in the file named by the first argument with jsonld.js, and prints the expanded form and
// its RDF (N-Quads) as JSON: what a harvester's processor reads from it. In safe mode, a term or value it would drop
// is an error. Every context must be inline: a remote one is refused, so nothing is fetched.
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';

const document = JSON.parse(await readFile(process.argv[2], 'utf8'));
const documentLoader = async (url) => { throw new Error(`remote context refused: ${url}`); };
const expanded = await jsonld.expand(document, { documentLoader, safe: true });
const quads = await jsonld.toRDF(document, { documentLoader, safe: true, format: 'application/n-quads' });
process.stdout.write(JSON.stringify({ expanded, quads }));
