import type { Handlers } from '../messaging/handle';
import { markNotScam } from '../storage/not-scam';

/**
 * 'feedback/not-a-scam': remembered on this device only (src/storage/not-scam.ts), so the warning
 * stays hidden for that post; content scripts read the list with isMarkedNotScam / watchNotScam.
 * Nothing is sent anywhere.
 */
export const handleFeedback: Handlers['feedback/not-a-scam'] = async (request) => {
  await markNotScam(request.post, request.verdict);
  return { ok: true };
};
