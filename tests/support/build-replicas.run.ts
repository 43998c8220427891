import { buildReplicas } from './build-replicas';

await buildReplicas();
