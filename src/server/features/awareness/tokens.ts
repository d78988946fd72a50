import { randomBytes, randomInt } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../../../shared/api/awareness.js';

/** 144 random bits, URL-safe: a link nobody can guess, short enough to fit a QR code for a phone. */
export const newPublicToken = () => randomBytes(18).toString('base64url');

/** A one-time code from the unambiguous alphabet, drawn with a cryptographic generator. */
export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}
