// Question: How are two entities connected through fact edges (either direction, at most 6 hops)?
// @param from string Entity id or name where the path starts (e.g. country:KP)
// @param to string Entity id or name where the path ends (e.g. country:UA)
// Example on the seeds (from=Mark Rutte, to=Kim Jong Un; 1 rows, first 1):
//   hops: 2 | path: [Mark Rutte, North Korea, Kim Jong Un] | predicates: [ACCUSES, HOLDS_POSITION]
MATCH (a:Entity)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
MATCH (b:Entity)
WHERE (b.id = $to OR toLower(b.name) = toLower($to)) AND a <> b
MATCH p = shortestPath((a)-[:SENDS_TROOPS_TO|SUPPLIES_WEAPONS_TO|SUPPORTS|VISITS|MEETS|SIGNS_AGREEMENT_WITH|ALLIED_WITH|FIGHTS_AGAINST|ATTACKS|OCCUPIES|TRAINS|CONDEMNS|ACCUSES|SANCTIONS|HOLDS_POSITION|PART_OF|LOCATED_IN*..6]-(b))
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS predicates;
