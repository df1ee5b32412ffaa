// Question: Which facts are reported by at least $minOutlets independent outlets?
// @param minOutlets integer = 2 Minimum number of distinct outlets
// Example on the seeds (defaults; 15 rows, first 3):
//   subject: North Korea | predicate: SENDS_TROOPS_TO | object: Russia | outlets: [CNBC Indonesia, Kontan, Liputan6, Tribunnews] | claims: 14 | articles: 5
//   subject: National Intelligence Service | predicate: PART_OF | object: South Korea | outlets: [CNBC Indonesia, Kontan, Liputan6, Tribunnews] | claims: 6 | articles: 5
//   subject: Russia | predicate: FIGHTS_AGAINST | object: Ukraine | outlets: [CNBC Indonesia, Kontan, Liputan6, Tribunnews] | claims: 6 | articles: 5
MATCH (s:Entity)-[f]->(o:Entity)
WHERE size(f.outlets) >= $minOutlets
RETURN s.name AS subject, type(f) AS predicate, o.name AS object, f.outlets AS outlets, f.claims AS claims,
  f.articles AS articles
ORDER BY size(outlets) DESC, claims DESC, subject, predicate, object;
