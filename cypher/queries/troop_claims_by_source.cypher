// Question: Who says how many troops were sent where, and when? One row per
// claim, oldest first: the view where sources disagree on the numbers.
// @param sender string? Entity id or name of the sender; omit for every sender (e.g. country:KP)
// Example on the seeds (sender=North Korea; 18 rows, first 3):
//   date: 2024 | sender: North Korea | destination: Russia | count: null | countModifier: null | modality: asserted | source: National Intelligence Service | outlet: null | article: 000_ecefb985b6207649
//   date: 2024-10-08 | sender: North Korea | destination: Russia | count: null | countModifier: null | modality: asserted | source: National Intelligence Service | outlet: CNBC Indonesia | article: 001_adfbcabac01a1eba
//   date: 2024-10-19 | sender: North Korea | destination: Russia | count: null | countModifier: null | modality: planned | source: South Korea | outlet: CNBC Indonesia | article: 001_adfbcabac01a1eba
MATCH (c:Claim {predicate: 'SENDS_TROOPS_TO'})-[:STATED_IN]->(a:Article)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
WHERE $sender IS NULL OR s.id = $sender OR toLower(s.name) = toLower($sender)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(t:Entity)
RETURN coalesce(c.time, a.publishedAt) AS date, s.name AS sender, o.name AS destination, c.count AS count,
  c.countModifier AS countModifier, c.modality AS modality, coalesce(t.name, a.outlet) AS source,
  a.outlet AS outlet, a.id AS article, c.evidence AS evidence
ORDER BY date, article, evidence, destination, sender;
