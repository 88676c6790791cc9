import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { within, waitFor } from '@testing-library/dom';
import axe from 'axe-core';
import type { SolidarityShare } from './solidarity-share.component.js';
import { REFERRAL_CODE, fillShareText, referralFrom, withReferral, newReferralCode } from './referral.js';
import './solidarity-share.js';

/** Replaces navigator.share / navigator.clipboard for one test (the instance property shadows the prototype's). */
function stubNavigator(name: 'share' | 'clipboard', value: unknown): void {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
}

let fetches: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  stubNavigator('share', undefined);
  fetches = vi.spyOn(globalThis, 'fetch');
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'clipboard');
  fetches.mockRestore();
  document.body.replaceChildren();
});

async function mount(attrs = 'lang="en" seat="Lewisham East"') {
  document.body.insertAdjacentHTML('beforeend', `<solidarity-share ${attrs} url="https://partner.example/act?ref=oldoldold2&x=1"></solidarity-share>`);
  const el = document.body.querySelector('solidarity-share') as SolidarityShare;
  await el.updateComplete;
  const root = el.shadowRoot as unknown as HTMLElement;
  // Following a share link would open a window: the test checks the address the supporter would follow instead.
  root.addEventListener('click', (e) => { if ((e.target as Element).closest('a')) e.preventDefault(); }, { capture: true });
  return { el, root, screen: within(root) };
}

const codeOf = (href: string): string => {
  const shared = /https:\/\/partner\.example\/act\?[^\s&"]*x=1&ref=([a-z0-9]+)|ref=([a-z0-9]+)/.exec(decodeURIComponent(href));
  return shared?.[1] ?? shared?.[2] ?? '';
};

describe('<solidarity-share> without a device share sheet', () => {
  it('offers WhatsApp, Telegram, Facebook, X, email and copy-link, with the seat and a fresh referral code, and sends nothing', async () => {
    const { screen } = await mount();
    expect(screen.getByRole('heading', { name: 'Ask others to join in' })).toBeTruthy();
    const whatsapp = screen.getByRole('link', { name: 'Share on WhatsApp' }) as HTMLAnchorElement;
    const text = new URL(whatsapp.href).searchParams.get('text') ?? '';
    expect(text).toMatch(/^I’m helping in Lewisham East — find where your help counts: https:\/\/partner\.example\/act\?x=1&ref=[a-z0-9]{10}$/);
    const code = new URL(text.split(' ').at(-1) ?? '').searchParams.get('ref') ?? '';
    expect(code).toMatch(REFERRAL_CODE);
    expect(code).not.toBe('oldoldold2');
    const telegram = new URL((screen.getByRole('link', { name: 'Share on Telegram' }) as HTMLAnchorElement).href);
    expect(telegram.origin + telegram.pathname).toBe('https://t.me/share/url');
    expect(telegram.searchParams.get('url')).toBe(`https://partner.example/act?x=1&ref=${code}`);
    expect(telegram.searchParams.get('text')).toBe('I’m helping in Lewisham East — find where your help counts:');
    expect(new URL((screen.getByRole('link', { name: 'Share on Facebook' }) as HTMLAnchorElement).href).searchParams.get('u')).toBe(`https://partner.example/act?x=1&ref=${code}`);
    expect(new URL((screen.getByRole('link', { name: 'Share on X' }) as HTMLAnchorElement).href).searchParams.get('text')).toBe(text);
    const mail = (screen.getByRole('link', { name: 'Share by email' }) as HTMLAnchorElement).href;
    expect(mail.startsWith('mailto:?subject=Join%20in&body=')).toBe(true);
    expect(decodeURIComponent(mail.split('body=')[1] ?? '')).toBe(text);
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
    // Links to the networks' own share pages only: no script of theirs, no request before the supporter chooses.
    expect(fetches).not.toHaveBeenCalled();
    expect(document.querySelectorAll('script[src*="facebook"], script[src*="twitter"], script[src*="x.com"]').length).toBe(0);
    for (const a of screen.getAllByRole('link')) {
      if ((a as HTMLAnchorElement).protocol === 'https:') expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(await axe.run(document.body).then((r) => r.violations.map((v) => v.id))).toEqual([]);
  });

  it('gives each share action its own referral code', async () => {
    const { screen } = await mount();
    const link = () => screen.getByRole('link', { name: 'Share on WhatsApp' }) as HTMLAnchorElement;
    const first = codeOf(link().href);
    const events: string[] = [];
    document.addEventListener('solidarity-shared', (e) => events.push(e.detail.via));
    await userEvent.click(link());
    await waitFor(() => expect(codeOf(link().href)).not.toBe(first));
    expect(events).toEqual(['whatsapp']);
    expect(codeOf(link().href)).toMatch(REFERRAL_CODE);
  });

  it('uses the partner’s own text with {seat} and {url}', async () => {
    const { screen } = await mount('lang="en" seat="Lewisham East" text="Vote where it counts ({seat}): {url} #solidarity"');
    const text = new URL((screen.getByRole('link', { name: 'Share on WhatsApp' }) as HTMLAnchorElement).href).searchParams.get('text');
    expect(text).toMatch(/^Vote where it counts \(Lewisham East\): https:\/\/partner\.example\/act\?x=1&ref=[a-z0-9]{10} #solidarity$/);
  });

  it('copies the link with its code and says so; a second copy is a new share with a new code', async () => {
    const writeText = vi.fn(async (_: string) => undefined);
    stubNavigator('clipboard', { writeText });
    const { screen } = await mount();
    const copy = screen.getByRole('button', { name: 'Copy link' });
    copy.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied.'));
    await userEvent.click(copy);
    expect(writeText).toHaveBeenCalledTimes(2);
    const [a, b] = writeText.mock.calls.map((c) => referralFrom(c[0]));
    expect(a).toMatch(REFERRAL_CODE);
    expect(b).toMatch(REFERRAL_CODE);
    expect(a).not.toBe(b);
  });

  it('is reachable by keyboard in order: the four networks, email, copy', async () => {
    await mount();
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      await userEvent.tab();
      const active = document.activeElement?.shadowRoot?.activeElement;
      names.push(active?.textContent?.trim() ?? '');
    }
    expect(names).toEqual(['Share on WhatsApp', 'Share on Telegram', 'Share on Facebook', 'Share on X', 'Share by email', 'Copy link']);
  });

  it('speaks the supporter’s language: Polish text, Arabic right to left with the seat isolated', async () => {
    const pl = await mount('lang="pl" seat="Lewisham East"');
    await waitFor(() => expect(pl.screen.getByRole('heading').textContent).toBe('Zaproś innych do udziału'));
    const plText = new URL((pl.screen.getByRole('link', { name: 'Udostępnij przez WhatsApp' }) as HTMLAnchorElement).href).searchParams.get('text');
    expect(plText).toMatch(/^Pomagam w okręgu Lewisham East — sprawdź, gdzie Twoja pomoc się liczy: https:/);
    document.body.replaceChildren();
    const ar = await mount('lang="ar" seat="Lewisham East"');
    await waitFor(() => expect(ar.screen.getByRole('heading').textContent).toBe('ادعُ الآخرين إلى المشاركة'));
    expect(ar.root.querySelector('[part~="base"]')?.getAttribute('dir')).toBe('rtl');
    const arText = new URL((ar.screen.getByRole('link', { name: /WhatsApp/ }) as HTMLAnchorElement).href).searchParams.get('text') ?? '';
    expect(arText.startsWith('أساعد في \u2068Lewisham East\u2069 — ')).toBe(true);
    expect(await axe.run(document.body).then((r) => r.violations.map((v) => v.id))).toEqual([]);
  });
});

describe('<solidarity-share> with a device share sheet', () => {
  it('opens the share sheet with the text and a referral link; a cancelled sheet changes nothing', async () => {
    const share = vi.fn(async (_: ShareData) => {
      throw new DOMException('cancelled', 'AbortError');
    });
    stubNavigator('share', share);
    const { screen } = await mount();
    expect(screen.queryByRole('link')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledTimes(1);
    const data = share.mock.calls[0]?.[0];
    expect(data?.text).toBe('I’m helping in Lewisham East — find where your help counts:');
    expect(referralFrom(data?.url ?? '')).toMatch(REFERRAL_CODE);
    expect(screen.getByRole('button', { name: 'Share…' })).toBeTruthy();
  });

  it('falls back to the links when the share sheet fails', async () => {
    stubNavigator('share', async () => {
      throw new DOMException('not allowed', 'NotAllowedError');
    });
    const { screen } = await mount();
    await userEvent.click(screen.getByRole('button', { name: 'Share…' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Share on WhatsApp' })).toBeTruthy());
  });
});

describe('referral codes', () => {
  it('are random, 10 characters of an unambiguous alphabet, and replace a code the link came with', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newReferralCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(REFERRAL_CODE);
    expect(withReferral('https://p.example/a?ref=abc&b=2#top', 'k2m3n4p5q6')).toBe('https://p.example/a?b=2&ref=k2m3n4p5q6');
    expect(referralFrom('https://p.example/?ref=k2m3n4p5q6')).toBe('k2m3n4p5q6');
    expect(referralFrom('https://p.example/?ref=<script>')).toBeUndefined();
    expect(fillShareText('Help in {seat}!', 'Bristol West', 'https://p.example/')).toBe('Help in Bristol West! https://p.example/');
  });
});
