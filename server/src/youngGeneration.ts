import v8 from 'node:v8';

/**
 * Keeps V8's young generation at its initial size (two 1 MiB semi-spaces) in the language server.
 *
 * Opening a large manifest allocates tens of MB of `yaml` trees that live as long as the document
 * is open. V8 reads that high survival rate as a reason to double the young generation, up to two
 * 16 MiB semi-spaces, and then keeps them: on a 50,000-line file that was ~32 MB of the server's
 * resident memory holding nothing (bench/README.md, "Memory"). Objects that survive are promoted to
 * the old generation at once instead, which is where these trees end up anyway, so opening costs
 * about the same CPU.
 *
 * Why at run time: on the command line V8 raises a growth factor below 2 to 2 (and
 * `--max-semi-space-size=1` measured worse, as it also lowers the old generation's growth
 * limits). The flag is only read when the young generation would grow; the heap's size limits and
 * out-of-memory behaviour are unchanged. A later V8 that refuses the value simply keeps growing
 * the young generation as before, which is why a failure here is ignored.
 */
export function keepYoungGenerationSmall(): void {
  try {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // Not applied: the server works the same, with more memory.
  }
}

// Applied when the server loads this module, before its other modules allocate anything.
keepYoungGenerationSmall();
