// Rendering an evaluation report as a plain-text table.
import type { EvalReport, PRF } from './types';

const f = (x: number) => x.toFixed(3);
const cells = (p: PRF) => `${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)}  ${String(p.tp).padStart(3)} ${String(p.fp).padStart(3)} ${String(p.fn).padStart(3)}`;

export function formatReport(report: EvalReport, opts: { details?: boolean } = {}): string {
  const width = Math.max(24, ...report.documents.map((d) => d.doc.length + 2));
  const lines: string[] = [];
  lines.push(`${''.padEnd(width)}entities                           facts`);
  lines.push(`${'document'.padEnd(width)}P      R      F1     tp  fp  fn    P      R      F1     tp  fp  fn`);
  for (const d of report.documents) lines.push(`${d.doc.padEnd(width)}${cells(d.entities)}   ${cells(d.facts)}`);
  lines.push(`${'overall (micro)'.padEnd(width)}${cells(report.entities)}   ${cells(report.facts)}`);
  if (report.unmatchedGold.length) lines.push(`gold documents with no extraction (scored as all missed): ${report.unmatchedGold.join(', ')}`);
  if (opts.details !== false) {
    for (const d of report.documents) {
      const parts: [string, string[]][] = [
        ['missed entities', d.missedEntities],
        ['false entities', d.falseEntities],
        ['missed facts', d.missedFacts],
        ['false facts', d.falseFacts],
      ];
      if (parts.every(([, xs]) => xs.length === 0) && !(d.publishedAt && d.publishedAt.gold !== d.publishedAt.extracted)) continue;
      lines.push('', `== ${d.doc}`);
      if (d.publishedAt && d.publishedAt.gold !== d.publishedAt.extracted) {
        lines.push(`  publishedAt: gold ${d.publishedAt.gold}, extracted ${d.publishedAt.extracted ?? 'none'}`);
      }
      for (const [label, xs] of parts) if (xs.length) lines.push(`  ${label}:`, ...xs.map((x) => `    - ${x}`));
    }
  }
  return lines.join('\n');
}
