import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settingOverriddenBy, versionStatus } from '../../client/src/versionStatus';
import type { FileInfo as ServerFileInfo } from '../../server/src/fileInfo';
import type { FileInfo as ClientFileInfo } from '../../client/src/versionStatus';

describe('status bar: the Kubernetes version of the active file', () => {
  const info = (over: Partial<ClientFileInfo>): ClientFileInfo => ({ uri: 'file:///p.yaml', checked: true, kubernetesVersion: '1.33', versionFrom: 'setting', ...over });

  it('shows the version and says where it comes from', () => {
    assert.deepEqual(versionStatus(info({})), {
      text: '$(symbol-namespace) K8s 1.33',
      tooltip: 'podlint checks this file against Kubernetes 1.33, from the podlint.kubernetesVersion setting. Click to change the podlint.kubernetesVersion setting.',
    });
    assert.match(versionStatus(info({ versionFrom: '.podlint.yaml', configFile: '/repo/.podlint.yaml' }))!.tooltip, /from kubernetesVersion in \/repo\/\.podlint\.yaml\./);
    assert.match(versionStatus(info({ versionFrom: 'comment' }))!.tooltip, /from the `# podlint: kubernetes=` comment/);
  });

  it('is hidden for files podlint does not check, or knows nothing about', () => {
    assert.equal(versionStatus(info({ checked: false })), undefined);
    assert.equal(versionStatus(undefined), undefined);
  });

  it('the version picker warns when the setting would not change this file', () => {
    assert.equal(settingOverriddenBy(info({ versionFrom: 'setting' })), undefined);
    assert.equal(settingOverriddenBy(info({ versionFrom: 'default' })), undefined);
    assert.match(settingOverriddenBy(info({ versionFrom: 'comment' }))!, /takes precedence over the setting/);
  });

  it('the client reads what the server sends (same shape)', () => {
    const sent: ServerFileInfo = { uri: 'file:///p.yaml', checked: true, kubernetesVersion: '1.36', versionFrom: 'default' };
    const read: ClientFileInfo = sent;
    assert.equal(versionStatus(read)!.text, '$(symbol-namespace) K8s 1.36');
  });
});
