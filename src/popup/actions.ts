import type { PushAnswer } from '../core/answers';
import { send } from '../shared/send';

export async function pushToShopiverse(storeId: string, overwrite: boolean): Promise<PushAnswer> {
  return (await send({ type: 'popup/push', storeId, overwrite })) ?? { status: 'error' };
}
