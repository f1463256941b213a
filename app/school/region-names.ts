/**
 * English names of the places and industries in ./regions.ts. Postings, employers and the search
 * index store the Chinese names (GB/T 2260 provinces, cities, the industry list), which stay the
 * values of filters and URLs; an English reader sees these names instead (the search page's
 * filters, the job cards, the "try removing" suggestions). A value without an English name here
 * (a city added to the list later) shows as it is stored. Pure, safe in the browser.
 */
import type { Locale } from "../i18n/messages";
import { listFor, nameFor } from "../i18n/names";
import type { INDUSTRIES } from "./regions";

export const PROVINCE_NAMES_EN: Readonly<Record<string, string>> = {
  北京市: "Beijing",
  天津市: "Tianjin",
  上海市: "Shanghai",
  重庆市: "Chongqing",
  河北省: "Hebei",
  山西省: "Shanxi",
  内蒙古自治区: "Inner Mongolia",
  辽宁省: "Liaoning",
  吉林省: "Jilin",
  黑龙江省: "Heilongjiang",
  江苏省: "Jiangsu",
  浙江省: "Zhejiang",
  安徽省: "Anhui",
  福建省: "Fujian",
  江西省: "Jiangxi",
  山东省: "Shandong",
  河南省: "Henan",
  湖北省: "Hubei",
  湖南省: "Hunan",
  广东省: "Guangdong",
  广西壮族自治区: "Guangxi",
  海南省: "Hainan",
  四川省: "Sichuan",
  贵州省: "Guizhou",
  云南省: "Yunnan",
  西藏自治区: "Tibet",
  陕西省: "Shaanxi",
  甘肃省: "Gansu",
  青海省: "Qinghai",
  宁夏回族自治区: "Ningxia",
  新疆维吾尔自治区: "Xinjiang",
};

export const CITY_NAMES_EN: Readonly<Record<string, string>> = {
  北京: "Beijing",
  天津: "Tianjin",
  上海: "Shanghai",
  重庆: "Chongqing",
  石家庄: "Shijiazhuang",
  唐山: "Tangshan",
  保定: "Baoding",
  廊坊: "Langfang",
  邯郸: "Handan",
  太原: "Taiyuan",
  大同: "Datong",
  长治: "Changzhi",
  呼和浩特: "Hohhot",
  包头: "Baotou",
  鄂尔多斯: "Ordos",
  沈阳: "Shenyang",
  大连: "Dalian",
  鞍山: "Anshan",
  长春: "Changchun",
  吉林: "Jilin",
  哈尔滨: "Harbin",
  大庆: "Daqing",
  齐齐哈尔: "Qiqihar",
  南京: "Nanjing",
  苏州: "Suzhou",
  无锡: "Wuxi",
  常州: "Changzhou",
  南通: "Nantong",
  徐州: "Xuzhou",
  扬州: "Yangzhou",
  杭州: "Hangzhou",
  宁波: "Ningbo",
  温州: "Wenzhou",
  绍兴: "Shaoxing",
  嘉兴: "Jiaxing",
  金华: "Jinhua",
  台州: "Taizhou",
  合肥: "Hefei",
  芜湖: "Wuhu",
  蚌埠: "Bengbu",
  福州: "Fuzhou",
  厦门: "Xiamen",
  泉州: "Quanzhou",
  南昌: "Nanchang",
  赣州: "Ganzhou",
  九江: "Jiujiang",
  济南: "Jinan",
  青岛: "Qingdao",
  烟台: "Yantai",
  潍坊: "Weifang",
  临沂: "Linyi",
  郑州: "Zhengzhou",
  洛阳: "Luoyang",
  新乡: "Xinxiang",
  武汉: "Wuhan",
  宜昌: "Yichang",
  襄阳: "Xiangyang",
  长沙: "Changsha",
  株洲: "Zhuzhou",
  湘潭: "Xiangtan",
  岳阳: "Yueyang",
  广州: "Guangzhou",
  深圳: "Shenzhen",
  东莞: "Dongguan",
  佛山: "Foshan",
  珠海: "Zhuhai",
  惠州: "Huizhou",
  中山: "Zhongshan",
  南宁: "Nanning",
  柳州: "Liuzhou",
  桂林: "Guilin",
  海口: "Haikou",
  三亚: "Sanya",
  成都: "Chengdu",
  绵阳: "Mianyang",
  宜宾: "Yibin",
  贵阳: "Guiyang",
  遵义: "Zunyi",
  昆明: "Kunming",
  曲靖: "Qujing",
  大理: "Dali",
  拉萨: "Lhasa",
  林芝: "Nyingchi",
  西安: "Xi'an",
  咸阳: "Xianyang",
  宝鸡: "Baoji",
  兰州: "Lanzhou",
  天水: "Tianshui",
  西宁: "Xining",
  银川: "Yinchuan",
  乌鲁木齐: "Urumqi",
  克拉玛依: "Karamay",
  喀什: "Kashgar",
};

export const INDUSTRY_NAMES_EN: Readonly<Record<(typeof INDUSTRIES)[number], string>> = {
  "互联网/IT": "Internet & IT",
  "电子/半导体": "Electronics & semiconductors",
  通信: "Telecommunications",
  "机械/制造": "Machinery & manufacturing",
  汽车: "Automotive",
  "能源/电力": "Energy & power",
  "化工/材料": "Chemicals & materials",
  "建筑/房地产": "Construction & real estate",
  "金融/银行": "Finance & banking",
  "证券/基金": "Securities & funds",
  保险: "Insurance",
  "会计/审计": "Accounting & auditing",
  咨询: "Consulting",
  "教育/培训": "Education & training",
  "医疗/医药": "Healthcare & pharmaceuticals",
  "文化/传媒": "Culture & media",
  "快消/零售": "Consumer goods & retail",
  "物流/交通": "Logistics & transport",
  农业: "Agriculture",
  "政府/公共事业": "Government & public services",
  科研院所: "Research institutes",
  其他: "Other",
};

const INDUSTRY_EN: Readonly<Record<string, string>> = INDUSTRY_NAMES_EN;

/** A province as the reader reads it: "浙江省" or "Zhejiang". */
export function provinceName(locale: Locale, province: string): string {
  return nameFor(locale, { nameZh: province, nameEn: PROVINCE_NAMES_EN[province] });
}

/** A city as the reader reads it: "杭州" or "Hangzhou". */
export function cityName(locale: Locale, city: string): string {
  return nameFor(locale, { nameZh: city, nameEn: CITY_NAMES_EN[city] });
}

/** Several cities in the reader's way of listing: "杭州、上海" or "Hangzhou, Shanghai". */
export function cityList(locale: Locale, cities: readonly string[]): string {
  return listFor(
    locale,
    cities.map((city) => cityName(locale, city)),
  );
}

/** An industry as the reader reads it: "互联网/IT" or "Internet & IT". */
export function industryName(locale: Locale, industry: string): string {
  return nameFor(locale, { nameZh: industry, nameEn: INDUSTRY_EN[industry] });
}
