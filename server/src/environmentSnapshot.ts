/**
 * Replaces `process.env` with a plain copy of itself, in podlint's own processes (the language
 * server and the CLI).
 *
 * `process.env` is not an object but an interceptor that asks the operating system (getenv) on
 * every read, and the `yaml` parser reads `process.env.LOG_TOKENS` once per token it produces: on a
 * 50,000-line manifest that was about a third of the parser's time (parse, tokens to CST: 230 ms ->
 * 125 ms; the whole parse 668 -> 596 ms, scratch measurement in bench/README.md "Opening").
 * A copy answers the same values from memory. Neither process sets variables for others to see
 * or starts processes that rely on later changes, so a snapshot taken at start is all they need.
 * Not done in the service itself: it is a library and must not change its host's globals.
 */
export function snapshotEnvironment(): void {
  process.env = { ...process.env };
}

snapshotEnvironment();
