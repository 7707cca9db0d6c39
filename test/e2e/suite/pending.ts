// Checks of features that other work adds (completions, hovers, snippets) are marked pending,
// with the reason printed, while the feature is absent: never passed silently.
export const pendingReasons = new Map<string, string>();

export function pending(ctx: Mocha.Context, reason: string): never {
  pendingReasons.set(ctx.test?.fullTitle() ?? '', reason);
  ctx.skip();
}
