// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { mount } from '@vue/test-utils';
import DateField from '@/components/forms/DateField.vue';

afterEach(() => {
  document.body.innerHTML = '';
});

/** DateField under v-model, as its owners use it; `model` is what the owner holds. */
function mountField(initial = '') {
  const model = ref(initial);
  const enters: KeyboardEvent[] = [];
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(DateField, {
          id: 'd',
          label: 'Startdato',
          modelValue: model.value,
          'onUpdate:modelValue': (value: string) => (model.value = value),
          onEnter: (event: KeyboardEvent) => enters.push(event),
        }),
    }),
    { attachTo: document.body },
  );
  const input = () => wrapper.get<HTMLInputElement>('input#d');
  const note = () => wrapper.get('#d-note').text();
  /** A keystroke's worth: the input event alone (setValue also fires change, as leaving the field does). */
  const type = async (text: string) => {
    input().element.value = text;
    await input().trigger('input');
  };
  return { wrapper, model, enters, input, note, type };
}

describe('DateField', () => {
  it('reads dd.mm.åååå day first and spells the date out in Danish', async () => {
    const { model, input, note } = mountField();
    await input().setValue('03.12.2027');
    expect(model.value).toBe('2027-12-03');
    expect(note()).toBe('fredag den 3. december 2027');
    expect(input().attributes('type')).toBe('text');
    expect(input().attributes('aria-describedby')).toBe('d-note');
  });

  it('holds the text itself while it is not a date, and says how to write it once the field is left', async () => {
    const { model, input, note, type } = mountField();
    await type('12.3.20');
    expect(model.value).toBe('12.3.20'); // not 2020 while still typing
    expect(note()).toBe('Skriv datoen som dd.mm.åååå.');
    await input().setValue('31.02.2027');
    await input().trigger('change');
    expect(model.value).toBe('31.02.2027');
    expect(note()).toBe('Skriv datoen som dd.mm.åååå, fx 12.03.2027.');
    expect(input().attributes('aria-invalid')).toBe('true');
    await input().setValue('');
    expect(model.value).toBe('');
  });

  it('reads a two-digit year on leaving the field and writes the date out in full', async () => {
    const { model, input } = mountField();
    await input().setValue('5.3.27');
    await input().trigger('change');
    expect(model.value).toBe('2027-03-05');
    expect(input().element.value).toBe('05.03.2027');
  });

  it('reads the text before it passes Enter on, so a submit sees the date', async () => {
    const { model, input, enters, type } = mountField();
    await type('120327');
    expect(model.value).toBe('120327');
    await input().trigger('keydown', { key: 'Enter' });
    expect(model.value).toBe('2027-03-12');
    expect(enters).toHaveLength(1);
  });

  it('shows a date set by its owner (a suggestion) and does not rewrite what the user is typing', async () => {
    const { model, input, wrapper, type } = mountField('2027-01-04');
    expect(input().element.value).toBe('04.01.2027');
    model.value = '2027-03-30';
    await wrapper.vm.$nextTick();
    expect(input().element.value).toBe('30.03.2027');
    await type('1.4.2027');
    expect(model.value).toBe('2027-04-01');
    expect(input().element.value).toBe('1.4.2027');
  });

  it('opens the browser picker from the calendar button and takes its date', async () => {
    const { model, wrapper } = mountField('2027-03-12');
    const picker = wrapper.get<HTMLInputElement>('input[type="date"]');
    const showPicker = vi.fn();
    picker.element.showPicker = showPicker;
    await wrapper.get('button').trigger('click');
    expect(showPicker).toHaveBeenCalledOnce();
    expect(picker.element.value).toBe('2027-03-12');
    expect(picker.attributes('aria-hidden')).toBe('true');
    expect(picker.attributes('tabindex')).toBe('-1');
    await picker.setValue('2027-04-06');
    await picker.trigger('change');
    expect(model.value).toBe('2027-04-06');
    expect(wrapper.get<HTMLInputElement>('input#d').element.value).toBe('06.04.2027');
  });
});
