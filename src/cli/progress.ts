// Progress on stderr, only when stderr is a terminal: pipes and CI logs stay quiet.
export interface Progress {
  tick(done: number, total: number, what?: string): void;
  done(): void;
}

export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }, label: string): Progress {
  if (!stream.isTTY) return { tick() {}, done() {} };
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    tick(done, total, what) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      const rate = done / Math.max((now - started) / 1000, 0.001);
      stream.write(`\r${label} ${done}/${total} (${rate.toFixed(0)}/s)${what ? ' ' + what.slice(0, 40) : ''}\x1b[K`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

/** A store load's progress callback: documents and rows per second, on a terminal only. */
export function loadProgress(io: { stderr: NodeJS.WritableStream & { isTTY?: boolean } }) {
  if (!io.stderr.isTTY) return undefined;
  const started = Date.now();
  return (p: { documents: number; totalDocuments: number; rows: number }) => {
    const s = Math.max((Date.now() - started) / 1000, 0.001);
    io.stderr.write(`\rloading ${p.documents}/${p.totalDocuments} documents (${(p.documents / s).toFixed(0)} docs/s, ${(p.rows / s).toFixed(0)} rows/s)\x1b[K`);
    if (p.documents >= p.totalDocuments) io.stderr.write('\r\x1b[K');
  };
}
