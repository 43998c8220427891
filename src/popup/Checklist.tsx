import { CORE_STEPS, type Checklist as List, type NextStep, PRODUCT_STEPS, productCount, reportIsHere, type Step } from '../core/checklist';
import { t } from '../shared/i18n';
import type { Stored } from '../shared/stored';
import { ByHand, shopiverseNames } from './NextCard';
import { PathText } from './PathText';
import { Dimensions, Images } from './Prerequisites';

// The guide's steps in two groups, each with a count of what it shows: the connection (the badge's progress) and
// the product checks. The next step's own instructions are in the card above; here each row says where it stands.

// A step still to do is a grey dash: a hollow circle read as a radio button the seller could click (look-s42, 6).
const MARK = { done: '✓', todo: '–', error: '✗', asked: '?' } as const;

/** Steps whose failure has its own title: "✗ Joom yetki verdi" read as the opposite of what happened. */
const ERROR_TITLES: readonly Step['id'][] = ['authorized'];

/**
 * A done step is said as done ("Kimlik No (Store Id) okundu", "Store ID read"): the to-do's imperative beside a tick
 * read as still to do (seller judge, issue 17 point 4).
 */
const stepTitle = (step: Step, names: string[]) => {
  const base = `step_${step.id.replaceAll('-', '_')}`;
  if (step.state === 'done') return t(`${base}_done`, names);
  return t(step.state === 'error' && ERROR_TITLES.includes(step.id) ? `${base}_error` : base, names);
};

export function Checklist({ list, next, stored, activeUrl }: { list: List; next: NextStep; stored: Stored; activeUrl?: string }) {
  const names = shopiverseNames(stored);
  const connection = list.steps.filter((step) => CORE_STEPS.includes(step.id));
  const products = list.steps.filter((step) => PRODUCT_STEPS.includes(step.id));
  const productsCount = productCount(list.products);
  const heading = (
    <h2 id="steps">
      {t('checklistTitle')} <span class="count">{t('groupCount', [String(list.done), String(list.total)])}</span>
    </h2>
  );
  const rows = (
    <ol>
      {connection.map((step) => (
        <StepRow key={step.id} step={step} current={step.id === next.id} names={names}>
          {step.id === 'authorized' && step.state === 'error' && <AuthError stored={stored} storeId={list.storeId} />}
        </StepRow>
      ))}
    </ol>
  );
  // The groups keep one order (a list that jumps when the store connects reads as something gone wrong). The whole
  // guide is shown while no step is done; from the first step done, the card above says the step at hand and the
  // steps fold into their heading with its count, one click away (issue 17, point 1: with the nine rows open the popup
  // ran 840-900 px, and every listing frame cut it at its foot).
  // While the card asks which value is the seller's (choose, conflict), the steps fold too: the question is the step at
  // hand, and nine open rows under its candidates ran past the 600 px, cut mid-row (seller judge, point 5).
  const fold = next.connected || list.done > 0 || next.action.kind === 'choose';
  const connectionGroup = (
    <section key="connection" aria-labelledby="steps" class="group" data-group="connection">
      {fold ? (
        <details data-folded>
          <summary>{heading}</summary>
          {rows}
        </details>
      ) : (
        <>
          {heading}
          {rows}
        </>
      )}
    </section>
  );
  const productHeading = (
    <h2 id="products">
      {t('productsTitle')} <span class="count">{t(productsCount.key, productsCount.args)}</span>
    </h2>
  );
  // No product check has run yet ("henüz kontrol edilmedi"), and the store is not connected: the two rows (what each check
  // is, where it runs) fold into the heading; they are for later, and pushed the guide's foot out of the popup.
  const productsFolded = !next.connected && list.products.ran === 0 && !PRODUCT_STEPS.includes(next.id as Step['id']);
  const productRows = (
    <ol>
      {products.map((step) => (
        <StepRow key={step.id} step={step} current={step.id === next.id} names={names}>
          {step.id === 'images' ? (
            <Images report={stored.session.images} here={reportIsHere(stored.session.images?.page, activeUrl)} pointedAt={step.id === next.id} />
          ) : (
            <Dimensions report={stored.session.dimensions} />
          )}
        </StepRow>
      ))}
    </ol>
  );
  const productGroup = (
    <section key="products" aria-labelledby="products" class="group" data-group="products">
      {productsFolded ? (
        <details data-folded>
          <summary>{productHeading}</summary>
          {productRows}
        </details>
      ) : (
        <>
          {productHeading}
          {productRows}
        </>
      )}
    </section>
  );
  return (
    <>
      {connectionGroup}
      {productGroup}
    </>
  );
}

function StepRow({ step, current, names, children }: { step: Step; current: boolean; names: string[]; children?: preact.ComponentChildren }) {
  return (
    <li data-step={step.id} data-state={step.state} aria-current={current ? 'step' : undefined}>
      <span class="mark" aria-hidden="true">
        {MARK[step.state]}
      </span>
      <div>
        <div class="step-title">
          {stepTitle(step, names)}
          <span class="sr-only"> — {t(`state_${step.state}`)}</span>
        </div>
        {step.detail && !children && (
          <div class={step.state === 'error' ? 'detail error' : 'detail'}>
            <PathText text={t(step.detail, names)} />
          </div>
        )}
        {/* A form that will not be filled says why, and what to do instead (never a silent wait). */}
        {step.detail && <ByHand detail={step.detail} names={names} />}
        {children}
      </div>
    </li>
  );
}

/** Joom's refusal in the seller's words. */
function AuthError({ stored, storeId }: { stored: Stored; storeId?: string }) {
  const auth = storeId ? stored.local.auth[storeId] : undefined;
  // What to do is in the card above: here, only Joom's answer.
  return <div class="detail error">{t('authErrorReason', t(`authError_${auth?.error ?? 'other'}`))}</div>;
}
