import { useState } from 'react';
import { requestSite } from '@/lib/settings/sites';
import type { ManagedSite } from '@/lib/settings/sites';

/**
 * Shown when the panel could read a page only for this once (the user opened it from the page),
 * offering to keep reading the site as the user moves through it.
 */
export function EnableSite({ site, managed }: { site: string; managed?: ManagedSite }) {
  const [message, setMessage] = useState('');
  const enable = (): void => {
    // Called straight from the click: the browser asks for the user's gesture.
    requestSite(site)
      .then((granted) => setMessage(granted ? `Enabled for ${site}.` : 'Not enabled. You can enable it later from here or in settings.'))
      .catch(() => setMessage('The browser did not allow this. Try from the extension settings.'));
  };
  return (
    <div className="govuk-inset-text govuk-!-margin-top-0" data-enable-site>
      <p className="govuk-body-s">
        {managed ? `Your organisation has set up case guidance for ${managed.name ?? site}. ` : ''}
        This page was read once because you opened guidance on it. To keep reading {site} as you move between its pages,
        enable the site.
      </p>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={enable}>
        Enable for this site
      </button>
      <p className="govuk-body-s govuk-!-margin-bottom-0" role="status">
        {message}
      </p>
    </div>
  );
}
