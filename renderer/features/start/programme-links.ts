import { useRouter } from 'vue-router';

const ID_SLOT = 'programme-id-slot';

/**
 * Links to programme pages for a table of many rows: plain anchors and one
 * click handler on the table, where a RouterLink per row would cost a
 * component, a route resolution and a listener each (a third of the time it
 * took to draw the start screen's 100 rows). The href is the router's own,
 * resolved once, so hash and path URLs both work; a click with a modifier key
 * or another button is left to the browser (new tab, new window).
 */
export function useProgrammeLinks() {
  const router = useRouter();
  const pattern = router.resolve(`/forloeb/${ID_SLOT}`).href;

  function hrefFor(id: string): string {
    return pattern.replace(ID_SLOT, encodeURIComponent(id));
  }

  function onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLElement>('a[data-programme-id]');
    const id = link?.dataset.programmeId;
    if (!id) return;
    event.preventDefault();
    void router.push(`/forloeb/${encodeURIComponent(id)}`);
  }

  return { hrefFor, onClick };
}
