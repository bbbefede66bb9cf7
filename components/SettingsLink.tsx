import { browser } from 'wxt/browser';

/** Opens the settings page (sites and field mappings). */
export function SettingsLink() {
  return (
    <p className="govuk-body-s govuk-!-margin-top-3">
      <button type="button" className="app-link-button app-link-button--normal" onClick={() => void browser.runtime.openOptionsPage()}>
        Settings: sites and field mappings
      </button>
    </p>
  );
}
