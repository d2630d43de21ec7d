import { RequestSchema, type Request, type RequestType, type Responses } from './protocol';

export type Handlers = {
  [T in RequestType]: (request: Extract<Request, { type: T }>, sender: { tabId?: number }) => Promise<Responses[T]>;
};

/** Validates an incoming message and runs its handler; a bad message or a failing handler answers `{ error }`. */
export async function handleMessage(message: unknown, sender: { tabId?: number }, handlers: Handlers): Promise<unknown> {
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) return { error: 'malformed request' };
  const request = parsed.data;
  try {
    const handler = handlers[request.type] as (r: Request, s: { tabId?: number }) => Promise<unknown>;
    return await handler(request, sender);
  } catch (err) {
    return { error: (err as Error).message || 'failed' };
  }
}
