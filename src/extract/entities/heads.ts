// Compositional organisation names: an Indonesian head ("Kementerian
// Pertahanan", "Angkatan Laut", "badan intelijen") followed by a country
// (resources/gazetteer/org-heads.json).
import { addForm, newNode, type TrieNode } from './gazetteer';
import { EntityDataError, readGazetteerJson, stringList } from './resources';

export interface OrgHead {
  forms: string[];
  /** organizations.json roles to look for, in order of preference */
  roles: string[];
  /** English pattern with {country} / {adj}; null = only known bodies */
  template: string | null;
}

export interface OrgHeads {
  heads: OrgHead[];
  /** trie over head forms; FormHit.entityId is the head index as a string */
  root: TrieNode;
  /** lower-case words after which a lower-case head may start a name */
  lowercaseAfter: Set<string>;
}

export function parseOrgHeads(data: unknown, file = 'org-heads.json'): OrgHeads {
  const raw = (data as { heads?: unknown; lowercaseHeadAfter?: unknown }) ?? {};
  if (!Array.isArray(raw.heads)) throw new EntityDataError('GAZETTEER_INVALID', 'heads must be an array', file);
  const root = newNode();
  const heads = raw.heads.map((h: Record<string, unknown>, i: number): OrgHead => {
    const forms = stringList(h?.forms, file, `heads[${i}].forms`);
    const roles = stringList(h?.roles, file, `heads[${i}].roles`);
    const template = h?.template;
    if (template !== null && typeof template !== 'string') {
      throw new EntityDataError('GAZETTEER_INVALID', `heads[${i}].template must be a string or null`, file);
    }
    forms.forEach((f) => addForm(root, f, String(i), 'title'));
    return { forms, roles, template };
  });
  const lowercaseAfter = new Set(stringList(raw.lowercaseHeadAfter, file, 'lowercaseHeadAfter'));
  return { heads, root, lowercaseAfter };
}

let cached: OrgHeads | undefined;
export function loadOrgHeads(): OrgHeads {
  cached ??= parseOrgHeads(readGazetteerJson('org-heads.json'));
  return cached;
}

/** Fill a head template for a country. */
export function fillTemplate(template: string, country: { name: string; adjective?: string; article?: string }): string {
  const named = country.article ? `${country.article} ${country.name}` : country.name;
  return template.replace('{country}', named).replace('{adj}', country.adjective ?? country.name);
}
