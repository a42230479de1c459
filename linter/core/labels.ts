/** Display order and labels of statuses and kinds, shared by every view. */
import {
  initiativeKinds,
  initiativeStatuses,
  type InitiativeKind,
  type InitiativeStatus,
} from '../schema/initiative.ts';

/** Statuses in the order views list them: what is moving first, what stopped last. */
export const statusOrder: readonly InitiativeStatus[] = [
  'active',
  'proposed',
  'exploratory',
  'done',
  'deprioritized',
];

export const statusLabels: Record<InitiativeStatus, string> = {
  active: 'Active',
  proposed: 'Proposed',
  exploratory: 'Exploratory',
  done: 'Done',
  deprioritized: 'Deprioritized',
};

export const kindLabels: Record<InitiativeKind, string> = {
  feature: 'Feature',
  'tech-debt': 'Tech debt',
  experiment: 'Experiment',
  enablement: 'Enablement',
};

export { initiativeKinds, initiativeStatuses };
