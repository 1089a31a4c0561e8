/**
 * How one search result is shown, by the search page and the search dialog alike: Pagefind's
 * own result markup (its keyboard navigation and styles expect it) with a line for the kind of
 * page, its outlet and its date. It is a template for Pagefind's component UI, not HTML: the
 * UI escapes every `{{ value }}`; only `{{+ excerpt +}}` is inserted as markup, because
 * Pagefind escapes the page text itself and adds only the `<mark>` elements around matches.
 */
export const RESULT_TEMPLATE = `
<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title">
        <a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
      </p>
      {{#if meta.kind}}
      <p class="search-result-facts">{{ meta.kind }}{{#if meta.outlet}} · {{ meta.outlet }}{{/if}}{{#if meta.date}} · {{ meta.date }}{{/if}}</p>
      {{/if}}
      {{#if excerpt}}
      <p class="pf-result-excerpt">{{+ excerpt +}}</p>
      {{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>
`;
