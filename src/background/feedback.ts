import type { Handlers } from '../messaging/handle';

// Placeholder until feedback storage lands (issue 4).
export const handleFeedback: Handlers['feedback/not-a-scam'] = async () => ({ ok: true });
