import { ruleTester } from '../helpers/ruleTester';
import { yaml } from '../helpers/service';

ruleTester('requests-exceed-limits', {
  valid: [
    {
      name: 'requests at or below limits, in other units; equal GPU request and limit',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
              resources:
                requests: {cpu: "0.5", memory: 1Gi, nvidia.com/gpu: 1}
                limits: {cpu: 500m, memory: "1073741824", nvidia.com/gpu: "1"}
            - name: sidecar
              image: busybox:1.36
              resources: {requests: {cpu: 1e2m, memory: 1e3}, limits: {cpu: 100m, memory: 1k}}
      `,
    },
  ],
  invalid: [
    {
      name: 'a sidecar requests more cpu and memory than its limits',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: app
              image: nginx:1.27
            - name: shipper
              image: fluent/fluent-bit:3.1
              resources:
                requests:
                  cpu: "1"
                  memory: 256Mi
                limits:
                  cpu: 500m
                  memory: 0.25Gi
      `,
      findings: [
        {
          at: '12:16-12:19',
          message: 'Invalid value: "1": must be less than or equal to cpu limit of 500m (container "shipper")',
          path: 'spec.containers[1].resources.requests.cpu',
        },
      ],
    },
    {
      name: 'an extended resource request that differs from its limit, in a Deployment template',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: train}
        spec:
          selector: {matchLabels: {app: train}}
          template:
            metadata: {labels: {app: train}}
            spec:
              containers:
                - name: trainer
                  image: pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime
                  resources:
                    requests: {nvidia.com/gpu: 1, memory: 2Gi}
                    limits: {nvidia.com/gpu: 2, memory: 1Gi}
      `,
      findings: [
        { at: '13:40-13:41', message: 'Invalid value: "1": must be equal to nvidia.com/gpu limit of 2 (container "trainer")' },
        { at: '13:51-13:54', message: 'Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi (container "trainer")' },
      ],
    },
    {
      name: 'a GPU request without a limit',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
            - name: trainer
              image: pytorch/pytorch:2.4.0-cuda12.1-cudnn9-runtime
              resources:
                requests: {nvidia.com/gpu: 1, cpu: "1"}
      `,
      findings: [
        {
          at: '9:20-9:34',
          message: 'Required value: Limit must be set for non overcommitable resources: set limits.nvidia.com/gpu equal to the request (container "trainer")',
          path: 'spec.containers[0].resources.requests["nvidia.com/gpu"]',
        },
      ],
    },
  ],
});
