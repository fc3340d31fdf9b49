// Writes an XLIFF 2.0 document with the `xliff` npm package, so the import is tested against a file this API
// did not write. stdin: js2xliff's own JSON ({ sourceLanguage, targetLanguage, resources: { fileId: { unitId:
// { source, target } or { groupUnits: {...} } } } }); stdout: the XLIFF.
import js2xliff from 'xliff/js2xliff';

const chunks = [];
for await (const chunk of process.stdin) {
  chunks.push(chunk);
}

const description = JSON.parse(Buffer.concat(chunks).toString('utf8'));
process.stdout.write(await js2xliff(description));
