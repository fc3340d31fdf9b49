// A publish on one server, seen by another: changes story-123's fr title through server A (upsertVariant,
// submitForReview, approve, publish), then reads it on server B with Q2's own document (bc-q2.json) until the new
// title is served. Prints: cluster publish_seen_by_other_ms=… (from A's publish answer to B's first answer with the
// new title), and the same as a sentence. Exits 1 when B has not seen it within 10 s.
// Usage: node publish-seen.mjs URL_A URL_B TOKEN
import { readFileSync } from "node:fs";

const [urlA, urlB, token] = process.argv.slice(2);
const q2 = JSON.parse(readFileSync(new URL("./bc-q2.json", import.meta.url)));
const limitMs = 10000;

async function graphql(url, query, variables) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

const readOnB = async () => (await graphql(urlB, q2.query, q2.variables)).story.title;
const variant = { kind: "STORY", locale: "fr" };
const { story } = await graphql(urlA, 'query { story(brand: "bench", slug: "story-123", locale: "fr") { id title } }');
const title = `story-123 fr, changed on server A at ${new Date().toISOString()}`;

// B serves the old title first (twice: a response cache, once there is one, holds it).
for (let i = 0; i < 2; i++) {
  const before = await readOnB();
  if (before !== story.title) throw new Error(`B served "${before}" before the change, expected "${story.title}"`);
}

const step = (name, selection = "{ status }") => graphql(urlA, `mutation($k: ContentKind!, $id: ID!, $l: String!) { ${name}(kind: $k, id: $id, locale: $l) ${selection} }`,
  { k: variant.kind, id: story.id, l: variant.locale });
const { variants } = await graphql(urlA, "query($k: ContentKind!, $id: ID!) { variants(kind: $k, id: $id) { locale revision } }", { k: variant.kind, id: story.id });
const revision = variants.find((v) => v.locale === variant.locale).revision;
await graphql(urlA, "mutation($k: ContentKind!, $id: ID!, $l: String!, $e: Int, $f: [FieldValueInput!]!) { upsertVariant(kind: $k, id: $id, locale: $l, expectedRevision: $e, fields: $f) { revision } }",
  { k: variant.kind, id: story.id, l: variant.locale, e: revision, f: [{ name: "title", value: title }] });
await step("submitForReview", "{ variant { status } }");
await step("approve");
const publishStarted = performance.now();
await step("publish");
const published = performance.now();

let polls = 0;
while (performance.now() - published < limitMs) {
  polls++;
  if ((await readOnB()) === title) {
    const seen = performance.now() - published;
    console.log(`cluster publish_seen_by_other_ms=${seen.toFixed(1)} publish_ms=${(published - publishStarted).toFixed(1)} polls=${polls}`);
    console.log(`publish on one process seen by the other within ${Math.ceil(seen)} ms`);
    process.exit(0);
  }
}

console.log(`cluster publish_seen_by_other_ms=timeout (not within ${limitMs} ms, ${polls} polls)`);
process.exit(1);
