import type { PlaceKind } from '@guanxi/graph-schema';

/*
 * Places named without a head noun: countries, cities, provinces and the districts reports on
 * Shanghai name. The graph has no province kind; a province, like a district, is a division
 * within a country, so it is a `district`.
 */
const COUNTRIES = `China;United States;US;U.S.;USA;United Kingdom;UK;Britain;Japan;Germany;France;
Russia;Singapore;South Korea;Korea;India;Canada;Australia;Italy;Spain;Netherlands;Switzerland;
Sweden;Israel;Brazil;Malaysia;Thailand;Vietnam;Indonesia;Pakistan;Egypt;South Africa`;

const CITIES = `Shanghai;Beijing;Shenzhen;Guangzhou;Hangzhou;Nanjing;Suzhou;Wuhan;Chengdu;Chongqing;
Tianjin;Xi'an;Hefei;Hong Kong;Macao;Macau;Qingdao;Dalian;Xiamen;Ningbo;Wuxi;Changsha;Zhengzhou;
Jinan;Shenyang;Harbin;Kunming;Fuzhou;Taipei;Washington;New York;London;Paris;Tokyo;Berlin;Moscow;
Seoul;Boston;San Francisco;Silicon Valley`;

const PROVINCES = `Guangdong;Zhejiang;Jiangsu;Anhui;Fujian;Shandong;Henan;Hubei;Hunan;Hebei;Shanxi;
Shaanxi;Sichuan;Yunnan;Guizhou;Jiangxi;Liaoning;Jilin;Heilongjiang;Gansu;Qinghai;Hainan;Taiwan;
Inner Mongolia;Xinjiang;Tibet;Ningxia;Guangxi;Yangtze River Delta;Greater Bay Area`;

const DISTRICTS = `Pudong;Pudong New Area;Xuhui;Minhang;Jing'an;Huangpu;Yangpu;Changning;Putuo;
Hongkou;Baoshan;Jiading;Songjiang;Qingpu;Fengxian;Jinshan;Chongming;Lingang;Zhangjiang;Lujiazui;
Haidian;Chaoyang;Zhongguancun;Nanshan;Futian;Xiong'an`;

const list = (names: string): string[] => names.split(';').map((name) => name.trim());

export const KNOWN_PLACES: ReadonlyMap<string, PlaceKind> = new Map([
  ...list(COUNTRIES).map((name) => [name, 'country'] as const),
  ...list(CITIES).map((name) => [name, 'city'] as const),
  ...list(PROVINCES).map((name) => [name, 'district'] as const),
  ...list(DISTRICTS).map((name) => [name, 'district'] as const),
]);

export const isKnownPlace = (name: string): boolean => KNOWN_PLACES.has(name);
