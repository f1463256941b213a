/**
 * Monthly minimum wage (月最低工资标准), the lowest tier (第四档/最低档) of each province, in yuan.
 *
 * TO BE KEPT CURRENT: provinces revise these every two to three years. Figures here are the
 * lowest tier as published by provincial human-resources departments up to 2025; check them
 * against the current notices before each reporting round and update `asOf`. The lowest tier is
 * used on purpose: flagging pay below the lowest tier of the province can only under-flag, never
 * accuse a graduate whose city has a higher tier.
 *
 * Pure module: no I/O.
 */
export const MINIMUM_WAGE_AS_OF = "2025";

export const MONTHLY_MINIMUM_WAGE: Readonly<Record<string, number>> = {
  北京市: 2540,
  天津市: 2320,
  上海市: 2740,
  重庆市: 2000,
  河北省: 1900,
  山西省: 1880,
  内蒙古自治区: 1850,
  辽宁省: 1700,
  吉林省: 1680,
  黑龙江省: 1610,
  江苏省: 2010,
  浙江省: 2010,
  安徽省: 1840,
  福建省: 1850,
  江西省: 1850,
  山东省: 1810,
  河南省: 1800,
  湖北省: 1800,
  湖南省: 1700,
  广东省: 1720,
  广西壮族自治区: 1580,
  海南省: 1680,
  四川省: 1870,
  贵州省: 1660,
  云南省: 1720,
  西藏自治区: 2100,
  陕西省: 1800,
  甘肃省: 1820,
  青海省: 1880,
  宁夏回族自治区: 1840,
  新疆维吾尔自治区: 1720,
};

/** The province's lowest-tier monthly minimum wage, or null for an unknown province. */
export function minimumWage(province: string | null | undefined): number | null {
  if (!province) return null;
  return MONTHLY_MINIMUM_WAGE[province] ?? null;
}
