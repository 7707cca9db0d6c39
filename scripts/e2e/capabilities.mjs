// What the bundled language server offers, asked the way an editor asks: `initialize` over stdio.
// The browser test uses it to mark checks of features that are not built yet as pending.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './editor.mjs';

export function serverCapabilities(serverJs = path.join(root, 'dist', 'server.js')) {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const timer = setTimeout(() => { server.kill(); reject(new Error('no answer to initialize within 20 s')); }, 20_000);
    let buffer = Buffer.alloc(0);
    server.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (message.id === 1) {
          clearTimeout(timer);
          server.kill();
          resolve(message.result.capabilities);
        }
      }
    });
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}
