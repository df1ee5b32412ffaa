// The embedded store's one snapshot file: canonical JSON with a checksum,
// written atomically (temp file, fsync, rename, fsync dir) so a kill mid-write
// leaves either the old or the new snapshot, never a torn one.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { canonicalJson, sha256Hex } from './hash';
import { normaliseGroup, type ContentGroup } from './model';
import { StoreError } from './types';
import { validateDocument } from './validate';

export const SNAPSHOT_FORMAT = 'simpul-embedded-snapshot';
export const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_FILE = 'simpul-graph.json';

/** The serialised body; its sha256 is both the checksum and the store revision. */
export function serialiseGroups(groups: ContentGroup[]): { body: string; checksum: string } {
  const body = canonicalJson(groups);
  return { body, checksum: sha256Hex(body) };
}

export function snapshotText(serialised: { body: string; checksum: string }): { text: string; checksum: string } {
  const { body, checksum } = serialised;
  // body is embedded verbatim so the checksum can be verified without re-serialising
  const text = `{"format":"${SNAPSHOT_FORMAT}","version":${SNAPSHOT_VERSION},"checksum":"${checksum}","groups":${body}}\n`;
  return { text, checksum };
}

/** Whether a process with this id is running (EPERM: running, as another user). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files left by writers that were killed mid-write; a live writer's are kept. */
async function removeDeadWritersTemps(dir: string, base: string): Promise<void> {
  const pattern = new RegExp(`^\\.${base.replace(/[.]/g, '\\.')}\\.(\\d+)\\.\\d+\\.tmp$`);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await removeDeadWritersTemps(dir, path.basename(file));
    const handle = await fs.open(temp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
    const dirHandle = await fs.open(dir, 'r');
    try {
      await dirHandle.sync();
    } catch {
      // some file systems cannot fsync a directory; the rename is still atomic
    } finally {
      await dirHandle.close();
    }
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new StoreError('WRITE_FAILED', `cannot write snapshot ${file}: ${(err as Error).message}`);
  }
}

/** Reads a snapshot; null when the file does not exist. */
export async function readSnapshot(file: string): Promise<{ groups: ContentGroup[]; checksum: string } | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreError('CORRUPT_SNAPSHOT', `cannot read snapshot ${file}: ${(err as Error).message}`);
  }
  const corrupt = (why: string): never => {
    throw new StoreError(
      'CORRUPT_SNAPSHOT',
      `snapshot ${file} is corrupt (${why}); move it away and re-load your documents`,
    );
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return corrupt(`not JSON: ${(err as Error).message}`);
  }
  const snap = parsed as { format?: unknown; version?: unknown; checksum?: unknown; groups?: unknown };
  if (snap === null || typeof snap !== 'object' || snap.format !== SNAPSHOT_FORMAT) corrupt('unknown format');
  if (snap.version !== SNAPSHOT_VERSION) corrupt(`unsupported version ${String(snap.version)}`);
  if (!Array.isArray(snap.groups)) return corrupt('groups is not a list');
  const groups = snap.groups.map((g: unknown, i: number): ContentGroup => {
    const group = g as Partial<ContentGroup>;
    if (typeof group?.contentHash !== 'string' || !Array.isArray(group.members) || group.members.length === 0)
      corrupt(`groups[${i}] lacks contentHash or members`);
    try {
      validateDocument(group.doc, i);
    } catch (err) {
      corrupt(`groups[${i}].doc: ${(err as Error).message}`);
    }
    return normaliseGroup(group as ContentGroup);
  });
  const { checksum } = serialiseGroups(groups);
  if (checksum !== snap.checksum) corrupt('checksum mismatch');
  return { groups, checksum };
}
