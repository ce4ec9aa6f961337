/**
 * The options page (DESIGN §1): the library at full width, keyword rules, alert sources and schedule,
 * page-layer settings, and the user's data (export, import, backup, clear). Imports live here, not in
 * the popup: a Firefox popup closes when a file dialog opens.
 */
import { AlertSettingsSection } from './alert-settings-section';
import { DataSection } from './data-section';
import { LibraryBackupReminder } from './library-backup-reminder';
import { LibrarySection } from './library-section';
import { PageSettingsSection } from './page-settings-section';
import { RulesSection } from './rules-section';

const NAV = [
  ['library', 'Library'],
  ['rules', 'Keyword rules'],
  ['alerts', 'Alerts'],
  ['pages', 'On pages'],
  ['data', 'Import, export, backup'],
] as const;

export function OptionsApp() {
  return (
    <div class="options">
      <header class="options-header">
        <h1>Paper Radar</h1>
        <nav aria-label="Sections">
          <ul>
            {NAV.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <LibraryBackupReminder compact />
        <div id="library" class="options-part">
          <LibrarySection />
        </div>
        <div id="rules" class="options-part">
          <RulesSection />
        </div>
        <div id="alerts" class="options-part">
          <AlertSettingsSection />
        </div>
        <div id="pages" class="options-part">
          <PageSettingsSection />
        </div>
        <div id="data" class="options-part">
          <DataSection />
        </div>
      </main>
    </div>
  );
}
