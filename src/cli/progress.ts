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
