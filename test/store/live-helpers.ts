/** Test-only: empties the database between live tests (linted in test/cypher). */
export const CLEAR_DATABASE = 'MATCH (n) DETACH DELETE n';
