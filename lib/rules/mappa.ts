import type { CaseRecord } from '../facts/case-record';
import { compareWithMonths } from '../facts/lengths';
import { formatLong, type IsoDate } from '../facts/dates';
import { WHERE_FOUND } from '../facts/summary';
import { notificationObservation } from './notification';
import type { Observation } from './observations';

/**
 * MAPPA category from the facts (CJA 2003 ss.325, 327): 1 = subject to the notification
 * requirements (s.327(2)); 2 = convicted of murder or a Schedule 15 offence with imprisonment,
 * detention or a DTO of 12 months or more, or a hospital or guardianship order (s.327(3), (4));
 * 3 = others the responsible authority considers may cause serious harm (s.325(2)(b)), a local
 * decision this cannot make. Only sexual offences are recognised here, so a violent offender's
 * category 2 is "cannot tell".
 */
export function mappaObservation(record: CaseRecord, today: IsoDate): Observation {
  const notified = [notificationObservation(record, 'conviction'), notificationObservation(record, 'caution')];
  const page = record.mappaCategory;
  const compare = (cat: number): string[] =>
    page && page.value !== cat ? [`The page records MAPPA category ${page.value}; the facts point to category ${cat}: check the MAPPA record.`] : [];
  const current = notified.find((n) => n.value === true && !ended(n, today));
  const shpo = record.orders.some((o) => o.kind === 'SHPO' && !/\b(considered|refused|expired|ended|discharged|not made)\b/i.test(o.text));
  if (current || shpo)
    return {
      value: '1',
      saw: current ? 'subject to the notification requirements' : 'an SHPO in force (notification while it lasts, SOA 2003 s.103G)',
      used: [...(current?.used ?? []), ...(page ? [page.source] : [])],
      missing: [],
      computed: { category: { label: 'MAPPA category', value: '1 (registered sexual offender)' } },
      detail: compare(1),
    };
  const d = record.disposal;
  const convicted = record.offences.some((o) => o.sexual && o.outcome?.value === 'conviction');
  if (convicted && d) {
    const type = d.type.value;
    const len = d.length?.value;
    const twelve =
      type === 'hospital-order' || type === 'hospital-order-restricted'
        ? true
        : type === 'custody'
          ? len?.kind === 'indeterminate'
            ? true
            : len && d.sentenceDate
              ? compareWithMonths(len.duration, 12, d.sentenceDate.value) >= 0
              : undefined
          : false;
    if (twelve === true)
      return {
        value: '2',
        saw: 'a sexual offence with 12 months or more custody (a DTO counts by its full term, s.327(3)(b)(vii)) or a hospital order, and not subject to notification',
        used: [d.type.source, ...(d.length ? [d.length.source] : []), ...(page ? [page.source] : [])],
        missing: [],
        computed: { category: { label: 'MAPPA category', value: '2 (sexual offender not subject to notification, 12 months or more custody or a hospital order)' } },
        detail: [...compare(2), 'Assumes the offence is listed in CJA 2003 Schedule 15 Part 2, as most sexual offences are.'],
      };
    if (twelve === undefined)
      return { value: undefined, saw: 'custodial term not known', used: [d.type.source], missing: [{ name: 'Sentence length', where: WHERE_FOUND.sentenceLength }] };
  }
  const open = notified.find((n) => n.value === undefined && n.missing.length > 0);
  if (open) return { value: undefined, saw: 'cannot tell whether the person is subject to notification', used: open.used, missing: open.missing };
  return {
    value: 'none',
    saw: 'not subject to notification, and no sexual conviction with 12 months or more custody or a hospital order',
    used: page ? [page.source] : [],
    missing: [],
    detail: ['Category 3 (other dangerous offenders) is a decision of the responsible authority; violent offences are not recognised here.'],
  };
}

function ended(n: Observation, today: IsoDate): boolean {
  const last = n.computed?.end?.value;
  if (!last) return false;
  const t = Date.parse(last);
  return !Number.isNaN(t) && formatLong(today) !== last && t < Date.parse(today);
}
