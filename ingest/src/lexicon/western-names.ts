/*
 * Common English given names. A capitalised word after one of these is read as a surname
 * ("John Smith"); other Western names are found by context (an honorific, an appositive title).
 */
const GIVEN_NAMES = `Aaron Adam Alan Albert Alex Alexander Alice Amanda Amy Andrew Angela Anna Anne
Anthony Ben Benjamin Bill Bob Brian Bruce Carl Carol Catherine Charles Chris Christine
Christopher Claire Daniel David Deborah Dennis Diana Donald Douglas Edward Elizabeth Emily Emma
Eric Frank Gary George Grace Helen Henry Ian Jack Jacob James Jane Jason Jeff Jennifer Jessica
Jim Joan John Jonathan Joseph Julia Julie Karen Kate Kevin Laura Linda Lisa Mark Martin Mary
Matthew Michael Michelle Nancy Nicholas Patrick Paul Peter Philip Rachel Richard Robert Ronald
Sarah Scott Simon Sophie Stephen Steven Susan Thomas Timothy Tom Tony Victoria William Jeffrey
Marie Pierre Hans Klaus Maria Jean Elon Tim Sam Larry Sergey Satya Sundar Vincent Eddie Jackie
Carrie Pony Robin Kai-Fu Charlotte Olivia Lucy Oliver Harry Leo Max Ray`;

const GIVEN_NAME_SET = new Set(GIVEN_NAMES.split(/\s+/));

export const isWesternGivenName = (word: string): boolean => GIVEN_NAME_SET.has(word);
