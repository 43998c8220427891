import { useState } from 'preact/hooks';
import type { Checklist as List, Step } from '../core/checklist';
import type { PushAnswer } from '../core/messages';
import { EXPECTED_REDIRECT } from '../core/redirect';
import { t } from '../shared/i18n';
import type { Stored } from '../shared/stored';
import { pushToShopiverse } from './actions';
import { Dimensions, Images } from './Prerequisites';

const MARK = { done: '✓', todo: '○', error: '✗' } as const;

const isDone = (list: List, id: Step['id']) => list.steps.some((step) => step.id === id && step.state === 'done');
const JOOM_STORES = 'https://merchant.joom.com/panel/stores';

export function Checklist({ list, stored }: { list: List; stored: Stored }) {
  return (
    <section aria-labelledby="steps">
      <h2 id="steps">
        {t('checklistTitle')} · {list.done}/{list.total}
      </h2>
      <ol>
        {list.steps.map((step) => (
          <li key={step.id} data-step={step.id} data-state={step.state}>
            <span class="mark" aria-hidden="true">
              {MARK[step.state]}
            </span>
            <div>
              <div>
                {t(`step_${step.id.replaceAll('-', '_')}`)}
                <span class="sr-only"> — {t(`state_${step.state}`)}</span>
              </div>
              {step.detail && <div class={step.state === 'error' ? 'detail error' : 'detail'}>{t(step.detail)}</div>}
              <StepAction step={step} list={list} stored={stored} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepAction({ step, list, stored }: { step: Step; list: List; stored: Stored }) {
  const storeId = list.storeId;
  switch (step.id) {
    case 'store-id':
      return step.state === 'done' ? null : <ExternalLink href={JOOM_STORES} text={t('openJoomStores')} />;
    case 'api-app':
      if (list.redirect && !list.redirect.ok) return <RedirectDiff seen={list.redirect.seen} at={list.redirect.firstDifference} />;
      return step.state === 'done' ? null : <div class="detail">{t('stepApiAppHow')}</div>;
    case 'secret':
      return step.state === 'done' ? null : <div class="detail">{t('stepSecretHow')}</div>;
    case 'pushed':
      return storeId ? (
        <>
          {step.detail?.startsWith('fill_') && <div class="detail">{t('fillByHand')}</div>}
          <PushButton storeId={storeId} ready={isDone(list, 'client-id') && isDone(list, 'secret')} />
        </>
      ) : null;
    case 'saved':
      return step.state === 'done' || step.detail || !stored.local.pushes[storeId ?? ''] ? null : <div class="detail">{t('stepSavedHow')}</div>;
    case 'authorized': {
      const auth = storeId ? stored.local.auth[storeId] : undefined;
      if (auth?.result === 'error') return <div class="detail error">{t('authErrorWhat', t(`authError_${auth.error ?? 'other'}`))}</div>;
      return step.state === 'done' || !stored.local.saved[storeId ?? ''] ? null : <div class="detail">{t('stepAuthorizeHow')}</div>;
    }
    case 'images':
      return <Images report={stored.session.images} />;
    case 'dimensions':
      return <Dimensions report={stored.session.dimensions} />;
    default:
      return null;
  }
}

function ExternalLink({ href, text }: { href: string; text: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}

function RedirectDiff({ seen, at }: { seen: string; at: number }) {
  return (
    <div class="detail" data-redirect-diff>
      <div>
        {t('redirectSeen')} <code>{seen.slice(0, at)}</code>
        <mark>
          <code>{seen.slice(at) || '∅'}</code>
        </mark>
      </div>
      <div>
        {t('redirectExpected')} <code>{EXPECTED_REDIRECT}</code>
      </div>
    </div>
  );
}

function PushButton({ storeId, ready }: { storeId: string; ready: boolean }) {
  const [answer, setAnswer] = useState<PushAnswer>();
  const [busy, setBusy] = useState(false);
  const run = async (overwrite: boolean) => {
    setBusy(true);
    setAnswer(await pushToShopiverse(storeId, overwrite));
    setBusy(false);
  };
  return (
    <div class="row">
      <button type="button" class="primary" disabled={!ready || busy} onClick={() => void run(false)} data-action="push">
        {t('pushButton')}
      </button>
      {answer && (
        <span class={answer.status === 'filled' || answer.status === 'pending' ? 'status' : 'status error'} role="status" data-push-status={answer.status}>
          {t(`push_${answer.status}`, (answer.conflicts ?? []).join(', '))}
        </span>
      )}
      {answer?.status === 'conflict' && (
        <button type="button" onClick={() => void run(true)} data-action="overwrite">
          {t('pushOverwrite')}
        </button>
      )}
    </div>
  );
}
