import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/**
 * Estimates how many guesses a password would take with zxcvbn-ts and its common dictionaries
 * (about 49,000 passwords from public breaches, the diceware word list, keyboard patterns),
 * all in the package: nothing is fetched. Score 3 means at least 10^8 guesses, zxcvbn's
 * "safely unguessable" for an online attacker who meets the sign-in limits.
 */
export const minimumScore = 3;

/**
 * Words zxcvbn does not know but Vietnamese users reach for, and this system's own names.
 * Not a password list: the dictionary above is; these only weigh the same as the account's
 * own e-mail and name would.
 */
const contextWords = ['matkhau', 'nhanquyen', 'quyenconnguoi', 'rightsdesk', 'rights', 'desk', 'quantri', 'quantrivien', 'admin', 'vietnam', 'hanoi', 'anhyeuem', 'yeuem', 'saigon'];

// Checking cost grows quickly with length; what a long password adds beyond 64 characters is not needed to judge it.
let estimator: ZxcvbnFactory | undefined;
const estimatorOf = () => (estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: 64 }));

/** Vietnamese letters without their marks ('Mật khẩu' → 'Mat khau'), as people type them on a keyboard without Telex. */
const foldMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/**
 * The zxcvbn score (0–4) of a password, given what else is known of its owner (e-mail, name):
 * the lower of the password as typed and without its tone marks.
 */
export function passwordScore(password: string, ownerInputs: string[] = []): number {
  const inputs = [...contextWords, ...ownerInputs.flatMap((i) => foldMarks(i).toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length >= 3)];
  const zxcvbn = estimatorOf();
  const folded = foldMarks(password);
  return Math.min(zxcvbn.check(password, inputs).score, folded === password ? 4 : zxcvbn.check(folded, inputs).score);
}
