import { checkPushAnswer } from '../core/answer-checks';
import type { PushAnswer } from '../core/messages';
import { send } from '../shared/send';

export async function pushToShopiverse(storeId: string, overwrite: boolean): Promise<PushAnswer> {
  const parsed = checkPushAnswer(await send({ type: 'popup/push', storeId, overwrite }));
  return parsed.success ? parsed.data : { status: 'error' };
}
