// A minimal Bolt endpoint on loopback that answers the real neo4j-driver's
// handshake with protocol 5.0 and its HELLO with an authentication FAILURE,
// as a Neo4j server does for a wrong password. It records what it received
// so a test can show the password went to the server and nowhere else.
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

const UNAUTHORIZED = 'Neo.ClientError.Security.Unauthorized';

function packString(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  if (bytes.length < 16) return Buffer.concat([Buffer.from([0x80 + bytes.length]), bytes]);
  if (bytes.length < 256) return Buffer.concat([Buffer.from([0xd0, bytes.length]), bytes]);
  const head = Buffer.alloc(3);
  head[0] = 0xd1;
  head.writeUInt16BE(bytes.length, 1);
  return Buffer.concat([head, bytes]);
}

/** FAILURE {code, message} as one chunked Bolt message. */
function failureMessage(code: string, message: string): Buffer {
  const body = Buffer.concat([Buffer.from([0xb1, 0x7f, 0xa2]), packString('code'), packString(code), packString('message'), packString(message)]);
  const size = Buffer.alloc(2);
  size.writeUInt16BE(body.length);
  return Buffer.concat([size, body, Buffer.from([0, 0])]);
}

export interface FakeBolt {
  uri: string;
  /** every byte the clients sent after the handshake */
  received(): Buffer;
  connections(): number;
  close(): Promise<void>;
}

export async function startRejectingBolt(): Promise<FakeBolt> {
  const chunks: Buffer[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let handshake = Buffer.alloc(0);
    let shaken = false;
    socket.on('data', (data: Buffer) => {
      if (!shaken) {
        handshake = Buffer.concat([handshake, data]);
        if (handshake.length < 20) return;
        shaken = true;
        socket.write(Buffer.from([0, 0, 0, 5])); // Bolt 5.0: credentials travel in HELLO
        data = handshake.subarray(20);
        if (data.length === 0) return;
      }
      chunks.push(data);
      socket.write(failureMessage(UNAUTHORIZED, 'The client is unauthorized due to authentication failure.'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    received: () => Buffer.concat(chunks),
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
