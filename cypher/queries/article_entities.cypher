// Question: Which entities does one article mention, and how often?
// @param article string Article id (file name without extension, e.g. 001_adfbcabac01a1eba)
// Example on the seeds (article=003_cdbe92c2c05e7cc6; 6 rows, first 3):
//   entity: Russia | type: Country | mentions: 12
//   entity: North Korea | type: Country | mentions: 11
//   entity: Ukraine | type: Country | mentions: 5
MATCH (:Article {id: $article})-[m:MENTIONS]->(e:Entity)
RETURN e.name AS entity, e.type AS type, m.count AS mentions
ORDER BY mentions DESC, entity;
