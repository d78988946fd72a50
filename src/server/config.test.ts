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
