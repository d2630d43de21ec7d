import type { Handlers } from '../messaging/handle';

// Placeholder until the triage bench lands (issue 5).
export const handleTriageAdd: Handlers['triage/add'] = async () => {
  throw new Error('the triage bench is not available yet');
};
