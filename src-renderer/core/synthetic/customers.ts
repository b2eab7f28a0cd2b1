import type { ClassificationLevel } from '../classification';
import type { CustomerFields, CustomerLevel, CustomerStatus, CustomerType } from '../model';
import { customerSearchKeys, sortKeyOf } from '../search/keys';
import { isoOf } from './dates';
import type { Manager } from './people';
import type { IdFactory, Rng } from './prng';
import { NOTES, TAGS } from './vocab-people';
import * as V from './vocab-units';

export type WithId<F> = F & { id: string };
export type SyntheticCustomer = WithId<CustomerFields>;

interface Draft {
  name: string;
  shortName: string;
  level: CustomerLevel;
  parentId: string | null;
  type: CustomerType;
  fields: string[];
  city: readonly [string, string];
}

/** Share of the non-group customers per kind; third-level 所/厂 are the bulk of a real archive. */
const MIX = { level2: 0.08, level3: 0.55, armed: 0.12, research: 0.08, other: 0.02 };

/** How many of each kind `count` customers hold: the groups first, then the mix. */
export function customerLayout(count: number) {
  const groups = Math.min(V.DEFENCE_GROUPS.length, count);
  const rest = count - groups;
  let level2 = Math.round(rest * MIX.level2);
  let level3 = Math.round(rest * MIX.level3);
  if (level3 > 0 && level2 === 0) [level2, level3] = [1, level3 - 1];
  const armed = Math.round(rest * MIX.armed);
  const research = Math.round(rest * MIX.research);
  const other = Math.round(rest * MIX.other);
  const privateCount = Math.max(0, rest - level2 - level3 - armed - research - other);
  return { groups, level2, level3, armed, research, other, private: privateCount };
}

export interface CustomerContext {
  rng: Rng;
  ids: IdFactory;
  today: number;
  managers: readonly Manager[];
}

/**
 * All customers, groups first then the hierarchy below them, so every parent precedes its children
 * (a loader may write them in order). Names are unique, as the archive's duplicate check expects.
 */
export function generateCustomers(count: number, ctx: CustomerContext): SyntheticCustomer[] {
  const { rng } = ctx;
  const layout = customerLayout(count);
  const used = new Set<string>();
  const out: SyntheticCustomer[] = [];
  const add = (make: () => Omit<Draft, 'parentId'> & { parentId?: string | null }) => {
    let draft = make();
    for (let attempt = 0; used.has(draft.name) && attempt < 30; attempt++) draft = make();
    if (used.has(draft.name)) draft = { ...draft, name: `${draft.name}（${used.size}）` };
    used.add(draft.name);
    const record = finish({ parentId: null, ...draft }, ctx);
    out.push(record);
    return record;
  };

  const groups = V.DEFENCE_GROUPS.slice(0, layout.groups).map((g) => {
    const record = add(() => ({ name: g.name, shortName: g.shortName, level: 1, type: 'defence_group', fields: [...g.fields], city: V.CITIES[0]! }));
    return { group: g, record };
  });
  const level2 = Array.from({ length: layout.level2 }, (_, i) => {
    const { group, record: parent } = groups[i % groups.length]!;
    const record = add(() => {
      const field = rng.chance(0.5) ? rng.pick(group.fields) : rng.pick(V.FIELD_WORDS);
      const ending = rng.pick(V.LEVEL2_ENDINGS);
      const city = rng.pick(V.CITIES);
      const prefix = rng.weighted(['', group.brand.startsWith('中') ? '' : '中国', city[0]], [5, 2, 3]);
      const kind = ending.includes('院') ? '院' : '公司';
      return {
        name: `${prefix}${group.brand}${field}${ending}`,
        shortName: `${group.brand}${field}${kind}`,
        level: 2,
        type: 'defence_group',
        fields: [field],
        city,
        parentId: parent.id,
      };
    });
    return { group, record };
  });
  for (let i = 0; i < layout.level3; i++) {
    const { group, record: parent } = rng.pick(level2);
    add(() => {
      const city = rng.pick(V.CITIES);
      const field = rng.chance(0.4) ? rng.pick(group.fields) : rng.pick(V.FIELD_WORDS);
      const ending = rng.pick(V.LEVEL3_ENDINGS);
      const brand = rng.chance(0.3) ? group.brand : '';
      const kind = ending.includes('所') ? '所' : ending.includes('公司') ? '公司' : '厂';
      return {
        name: `${city[0]}${brand}${field}${ending}`,
        shortName: `${city[0]}${field.slice(0, 2)}${kind}`,
        level: 3,
        type: 'defence_group',
        fields: [field, rng.pick(V.FIELD_WORDS)],
        city,
        parentId: parent.id,
      };
    });
  }
  for (let i = 0; i < layout.armed; i++) {
    add(() => {
      const city = rng.pick(V.CITIES);
      if (rng.chance(0.7)) {
        const unit = `${rng.pick(V.ARMED_FORCES_PREFIXES)}${rng.digits(4)}`;
        return { name: `中国人民解放军${unit}部队`, shortName: `${unit}部队`, level: 1, type: 'armed_forces', fields: [rng.pick(V.FIELD_WORDS)], city };
      }
      const n = rng.int(1, 9);
      return {
        name: `驻${city[0]}地区第${n}军事代表室`,
        shortName: `驻${city[0]}${n}室`,
        level: 1,
        type: 'armed_forces',
        fields: [rng.pick(V.FIELD_WORDS)],
        city,
      };
    });
  }
  for (let i = 0; i < layout.research; i++) {
    add(() => {
      const city = rng.pick(V.CITIES);
      const field = rng.pick(V.FIELD_WORDS);
      if (rng.chance(0.4))
        return {
          name: `中国科学院${city[0]}${field}研究所`,
          shortName: `中科院${city[0]}${field.slice(0, 2)}所`,
          level: 1,
          type: 'research_institute',
          fields: [field],
          city,
        };
      const [uni, short] = rng.pick(V.UNIVERSITIES);
      return {
        name: `${uni}${field}${rng.pick(V.RESEARCH_ENDINGS)}`,
        shortName: `${short}${field}`,
        level: 1,
        type: 'research_institute',
        fields: [field],
        city,
      };
    });
  }
  for (let i = 0; i < layout.other; i++) {
    add(() => {
      const city = rng.pick(V.CITIES);
      const field = rng.pick(V.FIELD_WORDS);
      const ending = rng.pick(V.OTHER_UNIT_ENDINGS);
      return {
        name: `${city[0]}市${field}${ending}`,
        shortName: `${city[0]}${field.slice(0, 2)}${ending.slice(-2)}`,
        level: 1,
        type: 'other',
        fields: [field],
        city,
      };
    });
  }
  for (let i = 0; i < layout.private; i++) {
    add(() => {
      const city = rng.pick(V.CITIES);
      const brand = rng.pick(V.PRIVATE_BRANDS);
      const industry = rng.pick(V.PRIVATE_INDUSTRIES);
      return {
        name: `${city[0]}${brand}${industry}有限公司`,
        shortName: `${brand}${industry.slice(0, 2)}`,
        level: 1,
        type: 'private',
        fields: [rng.pick(V.FIELD_WORDS)],
        city,
      };
    });
  }
  return out;
}

function address(rng: Rng, [city, province]: readonly [string, string]): string {
  const head = city === province ? `${city}市` : `${province}${V.PROVINCE_SUFFIX[province] ?? '省'}${city}市`;
  return `${head}${rng.pick(V.DISTRICT_WORDS)}区${rng.pick(V.ROAD_WORDS)}${rng.int(1, 999)}号`;
}

function finish(draft: Draft, ctx: CustomerContext): SyntheticCustomer {
  const { rng } = ctx;
  // Cooperation starts up to 25 years back, most of them in the last decade; 15 % are prospects.
  const cooperationStart = rng.chance(0.85) ? isoOf(ctx.today - Math.floor(rng.next() ** 1.5 * 25 * 365) - 30) : null;
  const status: CustomerStatus = rng.weighted(['active', 'dormant', 'lost'] as const, [75, 18, 7]);
  const classification: ClassificationLevel =
    draft.type === 'armed_forces'
      ? rng.weighted(['internal', 'secret'] as const, [1, 2])
      : rng.weighted(['public', 'internal', 'secret', 'confidential'] as const, [2, 70, 25, 3]);
  const manager = rng.chance(0.95) ? rng.pick(ctx.managers) : null;
  return {
    id: ctx.ids.next(),
    name: draft.name,
    shortName: draft.shortName,
    level: draft.level,
    parentId: draft.parentId,
    type: draft.type,
    fields: [...new Set(draft.fields)],
    region: draft.city[1],
    address: address(rng, draft.city),
    cooperationStart,
    status,
    tags: rng.sample(TAGS, rng.weighted([0, 1, 2], [5, 3, 2])),
    notes: rng.pick(NOTES),
    classification,
    managerId: manager?.id ?? null,
    managerName: manager?.name ?? '',
    mergedInto: null,
    sortKey: sortKeyOf(draft.name),
    searchKeys: customerSearchKeys(draft),
  };
}
