/**
 * Referral codes for shared links (docs/sharing.md). A code is random per share action, not per person: nothing
 * ties two shares to one supporter, and no cookie or storage keeps it. The link goes back to the partner's own page,
 * whose widgets carry the partner, so the code alone is enough to count visits per partner and per share.
 */

/** No 0/o, 1/l/i: a code read aloud or retyped from a screenshot stays unambiguous. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const REFERRAL_CODE = /^[a-hjkmnp-z2-9]{10}$/;

/** A fresh 10-character code from the browser's CSPRNG (about 50 bits: collisions between shares are negligible). */
export function newReferralCode(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(10));
  // 256 % 31 leaves a small bias; irrelevant for a counter key that is not a secret.
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** `url` with `ref=<code>` (replacing a `ref` it came in with, so a re-share counts for the new share, not the old). */
export function withReferral(url: string, code: string): string {
  const out = new URL(url);
  out.searchParams.delete('ref');
  out.searchParams.append('ref', code);
  out.hash = '';
  return out.toString();
}

/** The referral code in a page address, when it is one of ours (anything else is ignored, never sent). */
export function referralFrom(url: string): string | undefined {
  const ref = new URL(url).searchParams.get('ref');
  return ref && REFERRAL_CODE.test(ref) ? ref : undefined;
}

/** Fills a partner's share text: `{seat}` and `{url}`; a text without `{url}` gets the link appended. */
export function fillShareText(template: string, seat: string, url: string): string {
  const filled = template.replaceAll('{seat}', seat).trim();
  return filled.includes('{url}') ? filled.replaceAll('{url}', url) : url ? `${filled} ${url}` : filled;
}

export type Network = 'whatsapp' | 'telegram' | 'facebook' | 'x';
export const NETWORKS: readonly { id: Network; name: string }[] = [
  { id: 'whatsapp', name: 'WhatsApp' },
  { id: 'telegram', name: 'Telegram' },
  { id: 'facebook', name: 'Facebook' },
  { id: 'x', name: 'X' },
];

/**
 * The share address of each network: plain links the supporter follows, so nothing of theirs is loaded or sent
 * before they choose (no SDK, no script, no preconnect). `text` already contains the link where the network
 * takes text only; Telegram and Facebook take the link separately.
 */
export function networkUrl(network: Network, text: string, textWithoutUrl: string, url: string): string {
  const q = encodeURIComponent;
  switch (network) {
    case 'whatsapp':
      return `https://wa.me/?text=${q(text)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${q(url)}&text=${q(textWithoutUrl)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`;
    case 'x':
      return `https://x.com/intent/post?text=${q(text)}`;
  }
}
