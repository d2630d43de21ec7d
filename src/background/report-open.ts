import type { Handlers } from '../messaging/handle';

// Placeholder until the report flow lands (issue 4).
export const handleReportOpen: Handlers['report/open'] = async () => {
  throw new Error('reporting is not available yet');
};
