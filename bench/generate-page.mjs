// A generated case page (used by the benchmark and the large-page e2e test) with about `fields` fields, in the shapes real case systems use:
// summary cards (40%), labelled form controls (30%) and table rows (30%).
export function generateCasePage(fields) {
  const parts = [];
  const cards = Math.round((fields * 0.4) / 10);
  for (let c = 0; c < cards; c++) {
    const rows = Array.from(
      { length: 10 },
      (_, r) =>
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Key ${c}.${r}</dt>` +
        `<dd class="govuk-summary-list__value">Value ${c}.${r}</dd>` +
        `<dd class="govuk-summary-list__actions"><a href="#">Change<span class="govuk-visually-hidden"> key</span></a></dd></div>`,
    ).join('');
    parts.push(
      `<div class="govuk-summary-card"><div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">Card ${c}</h2></div>` +
        `<div class="govuk-summary-card__content"><dl class="govuk-summary-list">${rows}</dl></div></div>`,
    );
  }
  const inputs = Math.round(fields * 0.3);
  for (let i = 0; i < inputs; i++) {
    parts.push(
      `<div class="govuk-form-group"><label class="govuk-label" for="f${i}">Field ${i}</label>` +
        `<div id="f${i}-hint" class="govuk-hint">Hint ${i}</div>` +
        `<input class="govuk-input" id="f${i}" name="f${i}" aria-describedby="f${i}-hint" value="v${i}"></div>`,
    );
  }
  const tableRows = Math.round((fields * 0.3) / 3);
  const body = Array.from({ length: tableRows }, (_, r) => `<tr><td>Offence ${r}</td><td>1 May 2020</td><td>Conviction</td></tr>`).join('');
  parts.push(`<table class="govuk-table"><caption>Offences</caption><thead><tr><th>Offence</th><th>Date</th><th>Outcome</th></tr></thead><tbody>${body}</tbody></table>`);
  return `<!doctype html><html lang="en"><head><title>Generated case (${fields} fields)</title></head><body><main>${parts.join('\n')}</main></body></html>`;
}
