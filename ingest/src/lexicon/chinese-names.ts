import { itemAt } from '../text/checked';
/*
 * Chinese personal names in pinyin: a surname from the list and a given name of one or two
 * pinyin syllables ("Ruxin", "Zhiqiang"), or the hyphenated forms of Hong Kong, Taiwan and older
 * romanisations ("Ying-jeou", "Pei-gang").
 */

const SURNAMES = `Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo
Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye
Cheng Su Wei Lyu Lv Ding Ren Shen Yao Lu Zhong Cui Tan Jin Fan Wan Pei Qian Qin Shi Xia Fu Fang
Bai Zou Meng Xiong Qiu Hou Yin Xue Yan Duan Lei Long Tao Mao Hao Gu Gong Shao Wen Kong Kang Niu
Ni Hong Chang Qi Mo Mu Tong Xing Ou Liao Lai Lan Lou Miao Bao Bi Chu Ge Geng Ji Jiao Ke Kuang
Lian Qu Rao Rong Ruan Shan Sheng Shu Si Xi Xin Yue Yun Zang Zhen Zhuang Zong Zuo Dou Fei Gan
Guan Hua Huo Jian Jing Ju Kou Leng Ling Mi Min Nie Pang Pu Quan Sha Shang Tu Weng Yi Yong You
Zha Zhan Zhuo Zhai Dai Gui Hang Ning Ouyang Sima Situ Zhuge Shangguan Huangfu Dongfang Murong
Chan Wong Leung Cheung Lee Ho Lam Ng Tsang Chow Lau Kwok Yip Tse Fung Tsai Hsu Chiang Lo Kuo`;

const SURNAME_SET = new Set(SURNAMES.split(/\s+/).map((name) => name.toLowerCase()));

export const isChineseSurname = (word: string): boolean => SURNAME_SET.has(word.toLowerCase());

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL =
  '(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v|ü)';
const SYLLABLE = `${INITIAL}${FINAL}`;
const GIVEN_PINYIN = new RegExp(`^(?:${SYLLABLE})'?(?:${SYLLABLE})?$`, 'i');
/** "Ying-jeou", "Kin-man": two short parts, the second in lower case. */
const GIVEN_HYPHENATED = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,6}$/u;

/** English words that happen to spell pinyin and follow a surname-like word in running text. */
const NOT_GIVEN_NAMES = new Set(['he', 'she', 'an', 'dean', 'man', 'men', 'can', 'ran', 'tie']);

/** A given name in pinyin: capitalised, one or two syllables, or a hyphenated pair. */
export function isGivenName(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || NOT_GIVEN_NAMES.has(word.toLowerCase())) return false;
  if (GIVEN_HYPHENATED.test(word)) return true;
  return word.length <= 8 && GIVEN_PINYIN.test(word) && !/^\p{Lu}{2,}$/u.test(word);
}

/** "Pei-gang": a surname and a given name written as one hyphenated word. */
export function splitHyphenatedName(word: string): { surname: string; given: string } | undefined {
  const parts = /^(\p{Lu}\p{Ll}+)-(\p{Ll}+)$/u.exec(word);
  if (!parts || !isChineseSurname(itemAt(parts, 1))) return undefined;
  const given = itemAt(parts, 2);
  return GIVEN_PINYIN.test(given) ? { surname: itemAt(parts, 1), given } : undefined;
}
