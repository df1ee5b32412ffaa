// Question: Which entities does one article mention, and how often?
// @param article string Article id (file name without extension, e.g. 001_adfbcabac01a1eba)
// Example (seeds): see cypher/README.md, "Library results on the seeds".
MATCH (:Article {id: $article})-[m:MENTIONS]->(e:Entity)
RETURN e.name AS entity, e.type AS type, m.count AS mentions
ORDER BY mentions DESC, entity;
