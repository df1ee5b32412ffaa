// Question: What was extracted from one article? Every claim, in text order.
// @param article string Article id (file name without extension, e.g. 001_adfbcabac01a1eba)
// Example on the seeds (article=003_cdbe92c2c05e7cc6; 11 rows, first 3):
//   start: 56 | end: 300 | subject: North Korea | predicate: SENDS_TROOPS_TO | object: Russia | count: null | countModifier: null | time: 2025-02-27 | modality: asserted | role: null | attributedTo: South Korea | confidence: 0.85
//   start: 301 | end: 482 | subject: Russia | predicate: FIGHTS_AGAINST | object: Ukraine | count: null | countModifier: null | time: null | modality: asserted | role: null | attributedTo: null | confidence: 0.7
//   start: 301 | end: 482 | subject: Kursk | predicate: LOCATED_IN | object: Russia | count: null | countModifier: null | time: null | modality: asserted | role: null | attributedTo: null | confidence: 0.75
MATCH (a:Article {id: $article})<-[:STATED_IN]-(c:Claim)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(t:Entity)
RETURN c.start AS start, c.end AS end, s.name AS subject, c.predicate AS predicate, o.name AS object,
  c.count AS count, c.countModifier AS countModifier, c.time AS time, c.modality AS modality, c.role AS role,
  t.name AS attributedTo, c.confidence AS confidence, c.evidence AS evidence
ORDER BY start, predicate, subject, object;
