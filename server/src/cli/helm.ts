/**
 * Raw Helm chart templates are Go templates that only become YAML when rendered: checking them
 * as manifests reports the template syntax, not the user's mistakes. They are recognised by a Go
 * template action where YAML structure goes: at the start of a line (`{{- if ... }}`,
 * `{{ include ... | nindent 4 }}`), after a list dash, or as an unquoted mapping value
 * (`image: {{ .Values.image }}`). An action opens with `{{` or `{{-` followed by a space, `.`, `$`
 * or a comment, as Helm writes them; Argo-style `{{inputs.parameters.x}}` inside a value and quoted
 * strings (`"{{ $labels.pod }} is down"`) are data, not templates, and stay checked.
 */
const ACTION = String.raw`\{\{-?(?:[ \t]|\.|\$|\/\*)`;
const HELM_TEMPLATE = new RegExp(String.raw`^[ \t]*(?:-[ \t]+)?(?:[^#'"\n]*?:[ \t]+)?${ACTION}`, 'm');

export function isHelmTemplate(text: string): boolean {
  return text.includes('{{') && HELM_TEMPLATE.test(text);
}

export const HELM_SKIP_NOTE = 'a Helm chart template ({{ ... }}), not YAML until rendered; check what it renders: helm template <chart> | podlint -';
