// npm 11+ is required because only it honours allowScripts (see scripts/vereis-npm.mjs).
import { describe, expect, it } from 'vitest';
import { npmUitUserAgent, npmVersieProbleem } from '../../scripts/vereis-npm.mjs';

describe('npm version requirement', () => {
  it('accepts npm 11 and newer', () => {
    expect(npmVersieProbleem('11.0.0')).toBeNull();
    expect(npmVersieProbleem('12.3.1\n')).toBeNull();
  });

  it('refuses npm 10 with a Dutch explanation of why and what to do', () => {
    expect(npmVersieProbleem('10.9.2')).toBe(
      'Dit project vraagt npm 11 of nieuwer; je hebt npm 10.9.2. Met een oudere npm draaien de installatiescripts van álle pakketten, niet alleen die in "allowScripts". Werk npm bij (npm install -g npm@11) en probeer het opnieuw.',
    );
  });

  it('says so when the version cannot be read', () => {
    expect(npmVersieProbleem('')).toContain('Kon de versie van npm niet lezen');
  });

  it('reads the version from the user agent npm gives scripts', () => {
    expect(npmUitUserAgent('npm/11.19.1 node/v24.21.0 linux x64 workspaces/false')).toBe('11.19.1');
    expect(npmUitUserAgent(undefined)).toBeUndefined();
  });
});
