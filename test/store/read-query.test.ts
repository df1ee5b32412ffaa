// The Cypher box's answer shaping, fed with the driver's own value classes
// (neo4j.types.Node, Relationship, Path, Integer) as a live Neo4j returns them.
import neo4j from 'neo4j-driver';
import { CAPTION_MAX, nodeCaption, shapeReadResult } from '../../src/store/neo4j/read-query';

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const int = neo4j.int;

const korea = new Node(int(1), ['Entity', 'Country'], { id: 'country:KP', name: 'North Korea', type: 'Country', mentions: int(12) }, '4:db:1');
const russia = new Node(int(2), ['Entity', 'Country'], { id: 'country:RU', name: 'Russia', type: 'Country', mentions: int(9) }, '4:db:2');
const article = new Node(int(3), ['Article'], { id: 'a1', title: 'Korut kirim pasukan ke Rusia', source: 'seeds/a1.txt' }, '4:db:3');
const claim = new Node(int(4), ['Claim'], { id: 'c1', predicate: 'SENDS_TROOPS_TO', count: int(12000), countModifier: 'about', modality: 'asserted' }, '4:db:4');
const sends = new Relationship(int(10), int(1), int(2), 'SENDS_TROOPS_TO', { claims: int(2) }, '5:db:10', '4:db:1', '4:db:2');
const subject = new Relationship(int(11), int(4), int(1), 'SUBJECT', {}, '5:db:11', '4:db:4', '4:db:1');
const statedIn = new Relationship(int(12), int(4), int(3), 'STATED_IN', {}, '5:db:12', '4:db:4', '4:db:3');

describe('shapeReadResult', () => {
  it('gives entities their entity id and every node a caption; relationships keep elementIds', () => {
    const path = new Path(claim, article, [new PathSegment(claim, statedIn, article)]);
    const out = shapeReadResult({ columns: ['a', 'r', 'b', 'p', 's'], rows: [[korea, sends, russia, path, subject]], truncated: false });
    expect({ nodes: out.nodes, relationships: out.relationships }).toMatchInlineSnapshot(`
{
  "nodes": [
    {
      "caption": "North Korea",
      "entityId": "country:KP",
      "id": "4:db:1",
      "labels": [
        "Country",
        "Entity",
      ],
      "name": "North Korea",
      "type": "Country",
    },
    {
      "caption": "Russia",
      "entityId": "country:RU",
      "id": "4:db:2",
      "labels": [
        "Country",
        "Entity",
      ],
      "name": "Russia",
      "type": "Country",
    },
    {
      "caption": "sends troops to ~12000",
      "id": "4:db:4",
      "labels": [
        "Claim",
      ],
    },
    {
      "caption": "Korut kirim pasukan ke Rusia",
      "id": "4:db:3",
      "labels": [
        "Article",
      ],
    },
  ],
  "relationships": [
    {
      "id": "5:db:10",
      "source": "4:db:1",
      "target": "4:db:2",
      "type": "SENDS_TROOPS_TO",
    },
    {
      "id": "5:db:12",
      "source": "4:db:4",
      "target": "4:db:3",
      "type": "STATED_IN",
    },
    {
      "id": "5:db:11",
      "source": "4:db:4",
      "target": "4:db:1",
      "type": "SUBJECT",
    },
  ],
}
`);
    // the table still shows the plain values, integers as numbers
    expect(out.rows[0]![0]).toMatchObject({ id: '4:db:1', properties: { id: 'country:KP', mentions: 12 } });
  });

  it('drops a relationship whose end nodes the rows do not hold, and never gives a non-entity an entity id', () => {
    const stray = new Node(int(5), ['Thing'], { id: 'x1' }, '4:db:5');
    const out = shapeReadResult({ columns: ['r', 'n'], rows: [[sends, stray]], truncated: true });
    expect(out.relationships).toEqual([]);
    expect(out.nodes).toEqual([{ id: '4:db:5', labels: ['Thing'], caption: 'x1' }]);
    expect(out.truncated).toBe(true);
  });
});

describe('nodeCaption', () => {
  it('falls back from an article title to its path, and marks a claim that is not asserted', () => {
    expect(nodeCaption(['Article'], { source: 'seeds/b.txt' })).toBe('seeds/b.txt');
    expect(nodeCaption(['Claim'], { predicate: 'MEETS', modality: 'planned' })).toBe('meets (planned)');
    expect(nodeCaption(['Claim'], {})).toBe('Claim');
    expect(nodeCaption(['Label'], {})).toBe('Label');
    expect(nodeCaption([], {})).toBeNull();
  });
  it('keeps captions short enough to label a dot', () => {
    const long = nodeCaption(['Article'], { title: 'kata '.repeat(40) })!;
    expect(long.length).toBeLessThanOrEqual(CAPTION_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});
