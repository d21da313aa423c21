import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../src/node/ipc/sender';

describe('the IPC sender check', () => {
  it('accepts the main frame of the app origin', () => {
    expect(isTrustedSender({ url: 'app://fineprint/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://fineprint/index.html#/session/x', isMainFrame: true })).toBe(true);
  });

  it.each([
    ['an iframe of the app', 'app://fineprint/index.html', false],
    ['a web page', 'https://evil.example/', true],
    ['a file URL', 'file:///home/user/index.html', true],
    ['another app host', 'app://fineprint.evil/index.html', true],
    ['the app host with a port', 'app://fineprint:8080/index.html', true],
    ['credentials in the URL', 'app://user:pw@fineprint/index.html', true],
    ['a data URL', 'data:text/html,<script>1</script>', true],
    ['about:blank', 'about:blank', true],
    ['not a URL', 'fineprint', true],
  ])('refuses %s', (_name, url, isMainFrame) => {
    expect(isTrustedSender({ url, isMainFrame })).toBe(false);
  });

  it('refuses a missing frame (a frame already gone)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('accepts an extra origin only when listed exactly (the browser harness)', () => {
    expect(isTrustedSender({ url: 'http://127.0.0.1:4567/index.html', isMainFrame: true }, ['http://127.0.0.1:4567'])).toBe(true);
    expect(isTrustedSender({ url: 'http://127.0.0.1:4568/index.html', isMainFrame: true }, ['http://127.0.0.1:4567'])).toBe(false);
  });
});
