/** The tag of an image reference (`nginx:1.27` -> `1.27`), ignoring a registry port; undefined when untagged. */
export function imageTag(image: string): { tag: string | undefined; digest: boolean } {
  const at = image.indexOf('@');
  const name = at === -1 ? image : image.slice(0, at);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  return { tag: colon > slash ? name.slice(colon + 1) : undefined, digest: at !== -1 };
}
