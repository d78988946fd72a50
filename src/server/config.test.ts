import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type TrustedHops } from './config.js';

const trustProxyOf = (value: string | undefined) => loadConfig({ TRUST_PROXY: value }).trustProxy;

describe('TRUST_PROXY', () => {
  it('is off by default and with false or 0', () => {
    expect(trustProxyOf(undefined)).toBe(false);
    expect(trustProxyOf('false')).toBe(false);
    expect(trustProxyOf('0')).toBe(false);
  });

  it('reads true as one proxy hop, and a number as that many hops', () => {
    const one = trustProxyOf('true') as TrustedHops;
    expect(one.hops).toBe(1);
    // The peer (hop 0) is the proxy; the next address to the left is the client and is not trusted.
    expect([one('10.0.0.2', 0), one('203.0.113.9', 1)]).toEqual([true, false]);
    expect((trustProxyOf('2') as TrustedHops).hops).toBe(2);
  });

  it('reads a comma-separated list of proxy addresses and CIDR ranges', () => {
    expect(trustProxyOf('10.0.0.2, 172.16.0.0/12,::1, fd00::/8, loopback')).toEqual(['10.0.0.2', '172.16.0.0/12', '::1', 'fd00::/8', 'loopback']);
  });

  it('refuses anything else with a Vietnamese message naming what it could not read', () => {
    for (const bad of ['yes', '10.0.0.300', '10.0.0.0/33', '11', '10.0.0.1, proxy.local']) {
      expect(() => trustProxyOf(bad)).toThrow(ConfigError);
    }
    expect(() => trustProxyOf('10.0.0.1, proxy.local')).toThrow(/TRUST_PROXY.*không hiểu: proxy\.local/);
  });
});

describe('SMTP_URL and MAIL_FROM', () => {
  it('leaves e-mail off without SMTP_URL and reads an smtp:// or smtps:// server with its sender', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtps://bcd:mat-khau@mail.tinh.gov.vn:465', MAIL_FROM: 'Văn phòng BCĐ <bcd@tinh.gov.vn>' }).mail).toEqual({
      smtpUrl: 'smtps://bcd:mat-khau@mail.tinh.gov.vn:465',
      from: 'Văn phòng BCĐ <bcd@tinh.gov.vn>',
    });
    expect(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'bcd@tinh.gov.vn' }).mail?.from).toBe('bcd@tinh.gov.vn');
  });

  it('refuses another scheme, a sender that is not an address, and a server without a sender, in Vietnamese', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://mail.tinh.gov.vn', MAIL_FROM: 'bcd@tinh.gov.vn' })).toThrow(/SMTP_URL phải có dạng smtp:\/\//);
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.tinh.gov.vn', MAIL_FROM: 'Văn phòng BCĐ' })).toThrow(/MAIL_FROM phải là một địa chỉ email/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.tinh.gov.vn' })).toThrow(/MAIL_FROM: cần đặt địa chỉ người gửi/);
  });
});
