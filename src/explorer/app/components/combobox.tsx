/** @jsxImportSource preact */
/**
 * A text box that suggests values as the user types (the ARIA 1.2 combobox pattern with a listbox
 * popup): arrow keys move through the suggestions, Enter picks one, Escape closes the list, and the
 * active option is announced through aria-activedescendant while focus stays in the box.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApi } from '../api-context.js';
import type { GraphQLClient } from '../graphql-client.js';
import { isAbort } from '../graphql-client.js';
import { formatCount } from '../labels.js';

export interface Suggestion {
  /** What picking it sets (the caller's own word). */
  kind: string;
  value: string;
  label: string;
  /** Shown beside the label, e.g. "drug class". */
  hint: string;
  count: number;
}

export interface ComboboxProps {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  /** The user typed: the text as it now stands. */
  onText(text: string): void;
  onPick(suggestion: Suggestion): void;
  /** Suggestions for the text; null when the box should not suggest (e.g. it holds a pick). */
  suggest(client: GraphQLClient, text: string, signal: AbortSignal): Promise<Suggestion[]> | null;
  /** Pause after a keystroke before asking for suggestions. */
  debounceMs?: number;
  describedBy?: string;
}

export function Combobox({ id, label, value, placeholder, onText, onPick, suggest, debounceMs = 60, describedBy }: ComboboxProps) {
  const { client } = useApi();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [typed, setTyped] = useState(false);
  const listId = `${id}-suggestions`;
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!typed) return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const pending = value.trim() ? suggest(client, value.trim(), controller.signal) : null;
      if (!pending) {
        setSuggestions([]);
        return;
      }
      pending.then(
        (found) => {
          setSuggestions(found);
          setActive(-1);
          setOpen(found.length > 0 && document.activeElement === input.current);
        },
        (error: unknown) => {
          if (!isAbort(error)) setSuggestions([]);
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value, typed]);

  const pick = (suggestion: Suggestion) => {
    setOpen(false);
    setTyped(false);
    setSuggestions([]);
    onPick(suggestion);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (event.key === 'Enter') {
      const chosen = open ? suggestions[active] : undefined;
      if (chosen) {
        event.preventDefault();
        pick(chosen);
      } else setOpen(false);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      }
    }
  };

  const expanded = open && suggestions.length > 0;
  return (
    <div class="combobox">
      <label for={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="search"
        role="combobox"
        // Preact's types tie role="combobox" on an input to a <datalist>; ARIA 1.2's pattern uses a listbox instead, so there is none.
        list={undefined}
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        value={value}
        onInput={(event) => {
          setTyped(true);
          onText((event.currentTarget as HTMLInputElement).value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(suggestions.length > 0)}
      />
      <ul id={listId} role="listbox" aria-label={`Suggestions for ${label.toLowerCase()}`} class="suggestions" hidden={!expanded}>
        {suggestions.map((suggestion, i) => (
          <li
            key={`${suggestion.kind}:${suggestion.value}`}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'suggestion active' : 'suggestion'}
            // Keep focus in the box: a click picks without blurring it first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(suggestion)}
          >
            <span class="suggestion-label">{suggestion.label}</span>
            <span class="suggestion-hint">
              {suggestion.hint} · {formatCount(suggestion.count)} {suggestion.count === 1 ? 'item' : 'items'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
