import { browser } from 'wxt/browser';
import type { Request, RequestType, Responses } from './protocol';

/** Sends a request to the background and returns its typed response; throws its error message. */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<Responses[T]> {
  const response = (await browser.runtime.sendMessage(request)) as Responses[T] | { error: string } | undefined;
  if (response === undefined) throw new Error(`no answer to ${request.type}`);
  if (typeof response === 'object' && response !== null && 'error' in response) throw new Error(response.error);
  return response as Responses[T];
}
