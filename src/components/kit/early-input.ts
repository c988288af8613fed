/**
 * Keeps everything a reader does to an island before it is interactive, and does it again once
 * it is. Islands hydrate on first use (hydrate-on-use.ts), and on a slow link their code can take
 * seconds to arrive; the server-rendered fields already take typing, pasting and picking, but the
 * widget's state does not hear of it, and a re-render during hydration can put the server's value
 * back over what was typed. So the island keeps a journal from the moment the directive runs:
 *
 * - values: every `input` and `change` event on a field, textarea, select, radio or checkbox,
 *   with the value or checked state it left (and, at the start, any field that already differs
 *   from the server render, typed before the directive ran);
 * - keys a widget may act on without changing the text (arrows, Page Up/Down, Enter) in a field;
 * - presses: a click on any button. A button the server rendered disabled only because its state
 *   was not known yet (such as "Copy link") would never receive one, so until hydration such
 *   buttons are enabled and their presses kept; just before hydration the server's `disabled`
 *   comes back so that the render and the page agree;
 * - file drops, which the browser would otherwise open in place of the page.
 *
 * After hydration the journal is replayed in order as ordinary events, so every widget handles
 * them with its own handlers: values at once (before any re-render can reset them) and again
 * once the widget's effects have run (a link read from the address may have set its state
 * meanwhile); then each key, press and drop, after letting the widget settle from the one before,
 * so a press acts on the values typed before it. A field the reader touches again after hydration
 * is left to the widget. A press on a button that is still disabled after the replay is dropped,
 * as it would have been on a ready widget.
 */

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

type Entry =
  | { kind: 'value'; field: Field; type: 'input' | 'change'; value: string; checked: boolean }
  | { kind: 'key'; field: Field; init: KeyboardEventInit }
  | { kind: 'press'; button: HTMLButtonElement; label: string }
  | { kind: 'drop'; target: Element; files: File[] };

export interface EarlyInput {
  /** True once anything is kept for replay. */
  readonly held: boolean;
  /** Just before hydration: give back the `disabled` state the server rendered. */
  beforeHydrate: () => void;
  /** After hydration: do everything kept, in order. Resolves when done. */
  replay: () => Promise<void>;
}

const KEYS_KEPT = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Enter']);

function isField(target: EventTarget | null): target is Field {
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}

function isToggle(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Differs from what the server rendered: typed before the directive started listening. */
function changedSinceRender(field: Field): boolean {
  if (isToggle(field)) return field.checked !== field.defaultChecked && field.checked;
  if (field instanceof HTMLSelectElement)
    return Array.from(field.options).some((option) => option.selected !== option.defaultSelected);
  if (field instanceof HTMLInputElement && field.type === 'file') return (field.files?.length ?? 0) > 0;
  return field.value !== field.defaultValue;
}

/**
 * Wait until the island has settled: Preact runs effects after the next frame (or a short
 * timeout where there are no frames, as in a background tab), and an effect's update renders
 * in a microtask and may schedule effects of its own; two rounds cover the widgets here.
 */
function settle(): Promise<void> {
  const round = () =>
    new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        setTimeout(resolve, 0);
      };
      requestAnimationFrame(() => setTimeout(finish, 0));
      setTimeout(finish, 50);
    });
  return round().then(round);
}

export function captureEarlyInput(island: HTMLElement, onHeld: () => void): EarlyInput {
  const entries: Entry[] = [];
  let phase: 'before' | 'replaying' | 'done' = 'before';
  let dispatching = false;
  const enabledByUs = new Set<HTMLButtonElement>();

  const keep = (entry: Entry) => {
    // Typing makes one event per character: keep only the latest of a run on the same field.
    const last = entries[entries.length - 1];
    if (entry.kind === 'value' && last?.kind === 'value' && last.field === entry.field && last.type === entry.type)
      entries.pop();
    entries.push(entry);
    onHeld();
  };
  const keepValue = (field: Field, type: 'input' | 'change') => {
    keep({ kind: 'value', field, type, value: field.value, checked: isToggle(field) ? field.checked : false });
  };

  const enableButtons = () => {
    for (const button of island.querySelectorAll<HTMLButtonElement>('button[disabled]')) {
      button.disabled = false;
      enabledByUs.add(button);
    }
  };

  const onValue = (event: Event) => {
    if (dispatching || !isField(event.target)) return;
    if (phase === 'before') keepValue(event.target, event.type as 'input' | 'change');
    else if (phase === 'replaying') {
      // The widget hears this field itself now; what was kept for it is older.
      const field = event.target;
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const entry = entries[i]!;
        if ((entry.kind === 'value' || entry.kind === 'key') && entry.field === field) entries.splice(i, 1);
      }
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (dispatching || phase !== 'before' || !isField(event.target) || event.target instanceof HTMLTextAreaElement)
      return;
    if (!KEYS_KEPT.has(event.key)) return;
    const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
    keep({ kind: 'key', field: event.target, init: { key, code, shiftKey, ctrlKey, altKey, metaKey } });
  };
  const onClick = (event: MouseEvent) => {
    if (dispatching || phase !== 'before') return;
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && island.contains(button)) keep({ kind: 'press', button, label: button.textContent });
  };
  const onDragOver = (event: DragEvent) => {
    if (phase === 'before' && hasFiles(event)) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    if (dispatching || phase !== 'before' || !hasFiles(event) || !(event.target instanceof Element)) return;
    event.preventDefault();
    keep({ kind: 'drop', target: event.target, files: Array.from(event.dataTransfer?.files ?? []) });
  };

  const listeners: Array<[string, (event: never) => void]> = [
    ['input', onValue],
    ['change', onValue],
    ['keydown', onKey],
    ['click', onClick],
    ['dragover', onDragOver],
    ['drop', onDrop],
  ];
  for (const [type, listener] of listeners) island.addEventListener(type, listener as EventListener, true);

  for (const field of island.querySelectorAll<Field>('input, textarea, select')) {
    if (changedSinceRender(field))
      keepValue(
        field,
        isToggle(field) || field instanceof HTMLSelectElement || field.type === 'file' ? 'change' : 'input',
      );
  }
  enableButtons();

  /** The element now in the island for one kept before hydration (the same node, or its replacement with the same id). */
  const current = <E extends Element>(element: E): E | null => {
    if (element.isConnected) return element;
    return element.id ? island.querySelector<E>(`#${CSS.escape(element.id)}`) : null;
  };
  const currentButton = (entry: Extract<Entry, { kind: 'press' }>) => {
    if (entry.button.isConnected) return entry.button;
    const same = Array.from(island.querySelectorAll('button')).filter((button) => button.textContent === entry.label);
    return same.length === 1 ? same[0]! : null;
  };

  const dispatch = (target: Element, event: Event) => {
    dispatching = true;
    try {
      target.dispatchEvent(event);
    } finally {
      dispatching = false;
    }
  };

  /** Put kept values back and let the widget hear them; with `onlyLost`, only where something reset them. */
  const applyValues = (run: Extract<Entry, { kind: 'value' }>[], onlyLost: boolean) => {
    for (const entry of run) {
      if (!entries.includes(entry)) continue; // touched again after hydration
      const field = current(entry.field);
      if (!field) continue;
      if (isToggle(field)) {
        if (onlyLost && field.checked === entry.checked) continue;
        field.checked = entry.checked;
      } else if (!(field instanceof HTMLInputElement && field.type === 'file')) {
        if (onlyLost && field.value === entry.value) continue;
        field.value = entry.value;
      } else if (onlyLost) continue;
      dispatch(field, new Event(entry.type, { bubbles: true }));
    }
  };

  const replayOne = (entry: Exclude<Entry, { kind: 'value' }>) => {
    if (entry.kind === 'key') {
      const field = current(entry.field);
      if (field) dispatch(field, new KeyboardEvent('keydown', { ...entry.init, bubbles: true, cancelable: true }));
    } else if (entry.kind === 'press') {
      const button = currentButton(entry);
      if (button && !button.disabled) {
        dispatching = true;
        try {
          button.click();
        } finally {
          dispatching = false;
        }
      }
    } else {
      const target = current(entry.target);
      if (!target || entry.files.length === 0) return;
      const transfer = new DataTransfer();
      for (const file of entry.files) transfer.items.add(file);
      dispatch(target, new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  };

  return {
    get held() {
      return entries.length > 0;
    },
    beforeHydrate() {
      for (const button of enabledByUs) button.disabled = true;
      enabledByUs.clear();
    },
    async replay() {
      phase = 'replaying';
      // Runs of values between presses: the values typed before a press are in place when it acts.
      const steps: Array<Extract<Entry, { kind: 'value' }>[] | Exclude<Entry, { kind: 'value' }>> = [];
      for (const entry of entries) {
        const last = steps[steps.length - 1];
        if (entry.kind === 'value') {
          if (Array.isArray(last)) last.push(entry);
          else steps.push([entry]);
        } else steps.push(entry);
      }
      for (const [index, step] of steps.entries()) {
        if (Array.isArray(step)) {
          applyValues(step, false);
          if (index === 0) {
            await settle();
            applyValues(step, true);
          }
        } else {
          replayOne(step);
        }
        await settle();
      }
      phase = 'done';
      entries.length = 0;
      for (const [type, listener] of listeners) island.removeEventListener(type, listener as EventListener, true);
    },
  };
}
