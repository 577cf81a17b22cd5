import { onBeforeUnmount, ref, watchEffect, type Ref } from 'vue';

/**
 * The current time, ticking while `active` is true: the room timer counts down
 * locally from what the hub said, a few times a second so a seconds digit
 * never lags a whole second behind.
 */
export function useNow(active: () => boolean, intervalMs = 250): Ref<number> {
  const now = ref(Date.now());
  let handle: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    if (handle !== undefined) clearInterval(handle);
    handle = undefined;
  };
  watchEffect(() => {
    now.value = Date.now();
    if (active() && handle === undefined) handle = setInterval(() => (now.value = Date.now()), intervalMs);
    else if (!active()) stop();
  });
  onBeforeUnmount(stop);
  return now;
}
