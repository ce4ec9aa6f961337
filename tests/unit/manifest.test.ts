// Pins what the extension may touch. A change here is a change to the README's permission list and
// to what users are asked at install: make it on purpose, never by accident.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAVE_COMMAND, SAVE_COMMAND_MANIFEST } from '../../lib/background/save-command';

function manifest(target: 'chrome-mv3' | 'firefox-mv3') {
  const path = `${process.env.PAPER_RADAR_OUT_DIR || '.output'}/${target}/manifest.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab'];
const OPTIONAL = ['notifications'];
const HOSTS = [
  'https://export.arxiv.org/*',
  'https://arxiv.org/*',
  'https://rss.arxiv.org/*',
  'https://huggingface.co/*',
];

describe.each(['chrome-mv3', 'firefox-mv3'] as const)('%s manifest', (target) => {
  const m = manifest(target);

  it('is Manifest V3', () => expect(m.manifest_version).toBe(3));

  it('asks for exactly the permissions the README explains', () => {
    expect([...m.permissions].sort()).toEqual([...PERMISSIONS].sort());
    expect(m.optional_permissions ?? []).toEqual(OPTIONAL);
    expect([...m.host_permissions].sort()).toEqual([...HOSTS].sort());
    expect(m.optional_host_permissions).toBeUndefined();
  });

  it('reads pages only through content scripts on http(s)', () => {
    const matches = m.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches);
    expect([...new Set(matches)].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(JSON.stringify(m.content_scripts)).not.toContain('all_frames');
  });

  it("exposes only the page script's later parts (under a per-session URL in Chrome) and allows no remote or eval-ed code", () => {
    // The every-page script imports page-main.js at the first paper it finds, and that imports
    // paper-ui.js when there is something to show; nothing else is reachable.
    expect(m.web_accessible_resources).toEqual([
      {
        resources: ['page-main.js', 'paper-ui.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(target === 'chrome-mv3' ? { use_dynamic_url: true } : {}),
      },
    ]);
    expect(m.externally_connectable).toBeUndefined();
    const csp: string = m.content_security_policy.extension_pages;
    expect(csp).toBe("script-src 'self'; object-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-inline|https?:/);
  });
});

describe.each(['chrome-mv3', 'firefox-mv3'] as const)('%s keyboard shortcut', (target) => {
  it('declares exactly the save command the background handles, with its suggested keys', () => {
    expect(manifest(target).commands).toEqual({ [SAVE_COMMAND]: SAVE_COMMAND_MANIFEST });
  });
});

describe('firefox-only keys', () => {
  it('declares its gecko id and that it collects no data (AMO requires both)', () => {
    const gecko = manifest('firefox-mv3').browser_specific_settings.gecko;
    expect(gecko.id).toBe('paper-radar@paper-radar.dev');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
  it('has none in the Chrome build', () => {
    expect(manifest('chrome-mv3').browser_specific_settings).toBeUndefined();
  });
});
